package nl.meldcheck.checklist;

import java.util.Objects;

/** A group of criteria with its own area score. */
public record Area(String id, Text title) {
  public Area {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
