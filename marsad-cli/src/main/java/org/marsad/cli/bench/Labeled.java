package org.marsad.cli.bench;

/** A page and its ground truth. */
public record Labeled<T>(BenchPage page, T truth) {}
