package org.marsad.cli.crawlbench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * One keep-alive HTTP/1.1 connection of the simulated web, driven by the server's selector thread:
 * reads request heads (GET and HEAD carry no body), queues the responses in order and writes them
 * as the socket accepts.
 */
final class HttpConnection {

  /** Turns one request head (request line and headers) of a host into a response. */
  interface Responder {
    Response respond(int host, String head);
  }

  record Response(ByteBuffer bytes, boolean close) {}

  private static final int MAX_HEAD = 16_384;

  private final SocketChannel channel;
  private final SelectionKey key;
  private final int host;
  private final Responder responder;
  private final ByteBuffer in = ByteBuffer.allocate(MAX_HEAD);
  private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
  private boolean closeAfterWrite;

  HttpConnection(SocketChannel channel, SelectionKey key, int host, Responder responder) {
    this.channel = channel;
    this.key = key;
    this.host = host;
    this.responder = responder;
  }

  void read() throws IOException {
    if (channel.read(in) < 0) {
      close();
      return;
    }
    in.flip();
    int end;
    while (!closeAfterWrite && (end = headEnd(in)) >= 0) {
      byte[] head = new byte[end - in.position()];
      in.get(head);
      Response r = responder.respond(host, new String(head, StandardCharsets.ISO_8859_1));
      out.add(r.bytes());
      closeAfterWrite = r.close();
    }
    in.compact();
    if (!in.hasRemaining() && !closeAfterWrite) {
      out.add(
          ByteBuffer.wrap(
              "HTTP/1.1 431 Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII)));
      closeAfterWrite = true;
    }
    flush();
  }

  void flush() throws IOException {
    while (!out.isEmpty()) {
      ByteBuffer b = out.peek();
      channel.write(b);
      if (b.hasRemaining()) {
        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        return;
      }
      out.poll();
    }
    if (closeAfterWrite) {
      close();
    } else if (key.isValid()) {
      key.interestOps(SelectionKey.OP_READ);
    }
  }

  void close() throws IOException {
    key.cancel();
    channel.close();
  }

  /** Index just past the first blank line ("\r\n\r\n") from the buffer's position, or -1. */
  private static int headEnd(ByteBuffer b) {
    for (int i = b.position(); i + 3 < b.limit(); i++) {
      if (b.get(i) == '\r'
          && b.get(i + 1) == '\n'
          && b.get(i + 2) == '\r'
          && b.get(i + 3) == '\n') {
        return i + 4;
      }
    }
    return -1;
  }
}
