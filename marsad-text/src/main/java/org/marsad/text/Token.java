package org.marsad.text;

/** A word as written, with its UTF-16 offsets in the source ({@code end} exclusive). */
public record Token(String text, int start, int end) {}
