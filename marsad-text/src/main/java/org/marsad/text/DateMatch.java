package org.marsad.text;

/**
 * A date expression found in text: the span as written, its UTF-16 offsets ({@code end} exclusive)
 * and its ISO-8601 value (a date, a date-time with offset when the text or the reference gives one,
 * or a reduced precision such as "2024-12" for a month and year).
 */
public record DateMatch(String text, int start, int end, String value) {}
