package org.minecarbon.lca.footprint;

import java.util.List;

/** A parsed {@code LINKS.json}: the purchased inputs of a mine linked to background processes. */
public record Links(List<Link> links) {
  public static final String FORMAT = "minecarbon/links@1";

  public Links {
    links = List.copyOf(links);
  }
}
