package org.regwatch.classifier.api;

import org.regwatch.events.Evidence;

/**
 * An evidence span shown in its context: {@code before + match + after} is a contiguous excerpt
 * of the title or text, {@code match} being exactly the span. Plain text, not HTML, so that a
 * client cannot be tricked into rendering markup from the article.
 */
public record Highlight(Evidence.Field field, int start, int end, String before, String match, String after) {}
