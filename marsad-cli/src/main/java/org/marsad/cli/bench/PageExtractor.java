package org.marsad.cli.bench;

/** One way of turning a page's bytes into a prediction; runs on the calling thread. */
public interface PageExtractor {

  Prediction extract(byte[] html, String url);
}
