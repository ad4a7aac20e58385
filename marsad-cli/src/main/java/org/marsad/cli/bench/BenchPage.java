package org.marsad.cli.bench;

import java.nio.file.Path;

/**
 * One page of a benchmark set.
 *
 * @param id unique within its set (Zyte id, file name, URL or fixture name)
 * @param file the gzip-compressed HTML
 * @param url the URL the page was fetched from
 */
public record BenchPage(String id, Path file, String url) {}
