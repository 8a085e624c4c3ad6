package org.plenary.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each stage took for one document, in nanoseconds, in stage order. */
public record Timings(Map<String, Long> nanos) {
  public Timings {
    nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
  }
}
