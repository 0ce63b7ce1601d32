package org.regwatch.classifier.rules.text;

/** A sentence as a character span {@code [start, end)} of its field, trimmed of white space. */
public record Sentence(int index, int start, int end) {}
