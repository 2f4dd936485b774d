package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.meldcheck.match.Topics;

/**
 * A validated checklist, with any {@code extends} already resolved (criteria of the parent
 * first, in file order, overridden entries replaced in place).
 *
 * @param id checklist id, e.g. "basis"
 * @param version version string, e.g. "2019.1"
 * @param title title
 * @param validFrom date from which the checklist reflects the law
 * @param extendsId id of the parent checklist, or null
 * @param passMark score needed for "voldoet"
 * @param partialCap the most credit a partial outcome can earn (architecture page: 0.5)
 * @param sectors sector names that criteria and --sector may use
 * @param areas areas in report order
 * @param criteria criteria in report order
 * @param source file or resource it was loaded from
 * @param context what a meldcode is about and which other topics give no evidence
 *     ({@link Topics#NONE}: every sentence counts)
 */
public record Checklist(
    String id,
    String version,
    Text title,
    LocalDate validFrom,
    String extendsId,
    double passMark,
    double partialCap,
    List<String> sectors,
    List<Area> areas,
    List<Criterion> criteria,
    String source,
    Topics context) {
  public Checklist {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    sectors = List.copyOf(sectors);
    areas = List.copyOf(areas);
    criteria = List.copyOf(criteria);
    context = context == null ? Topics.NONE : context;
  }

  /** A checklist without topic rules. */
  public Checklist(String id, String version, Text title, LocalDate validFrom, String extendsId, double passMark,
      double partialCap, List<String> sectors, List<Area> areas, List<Criterion> criteria, String source) {
    this(id, version, title, validFrom, extendsId, passMark, partialCap, sectors, areas, criteria, source, Topics.NONE);
  }

  public Optional<Criterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  public Optional<Area> area(String areaId) {
    return areas.stream().filter(a -> a.id().equals(areaId)).findFirst();
  }
}
