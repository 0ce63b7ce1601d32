package org.regwatch.classifier.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.regwatch.events.Development;

/** A development as the event carries it, plus its evidence in context. */
public record DevelopmentView(@JsonUnwrapped Development development, List<Highlight> highlights) {}
