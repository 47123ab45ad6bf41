package org.minecarbon.stream.job;

/**
 * A reading the job accepted (first of its key (meter, instant)): stored idempotently on that key.
 *
 * @param line the reading as its §2 JSON line
 */
public record AcceptedReading(String meter, long time, String line)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
}
