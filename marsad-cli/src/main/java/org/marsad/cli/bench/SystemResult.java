package org.marsad.cli.bench;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One extractor's figures for one run; a figure the extractor cannot produce (peers report no
 * metadata, the jsoup baseline no text) is empty.
 *
 * @param fundusBody Zyte metric of the body against the Fundus fixture's paragraphs
 * @param pagesPerSecond over every page of the run, on one thread
 */
public record SystemResult(
    String name,
    Optional<Prf> zyte,
    Optional<Prf> trafilatura,
    Optional<DateAccuracy.Counts> dates,
    Optional<FundusAgreement.Counts> fundus,
    Optional<Prf> fundusBody,
    OptionalDouble pagesPerSecond,
    int pages,
    int errors) {}
