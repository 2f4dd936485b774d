package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A criterion that needs another (the aandachtsfunctionaris' tasks and reachability need the role)
 * fails when the document explicitly denies that one, quoting the denial; it is judged on its own
 * when the role is there.
 */
class NeedsTest {
  private static final String STEPS = """
      # Meldcode huiselijk geweld en kindermishandeling van Dagbesteding De Brink

      ## Stap 1: signalen in kaart brengen
      Je schrijft op wat je ziet en hoort bij signalen van huiselijk geweld, met datum, in het dossier.

      ## Stap 2: collegiale consultatie en zo nodig Veilig Thuis
      Je bespreekt de signalen met de coördinator en vraagt zo nodig advies aan Veilig Thuis.

      ## Stap 3: gesprek met de cliënt
      Je bespreekt je zorgen met de deelnemer.

      ## Stap 4: wegen
      Je weegt met het afwegingskader het risico, de aard en de ernst van het geweld.

      ## Stap 5: beslissen
      De coördinator beslist of een melding bij Veilig Thuis nodig is en of wij daarnaast hulp kunnen bieden.

      ## Contact
      """;

  @TempDir
  Path dir;

  @Test
  void tasksAndReachabilityFailWhenTheRoleIsDenied() throws Exception {
    CriterionResult r = audit(STEPS + """
        Een aandachtsfunctionaris hebben wij (nog) niet benoemd.
        De coördinator is bereikbaar via toestel 31 en denkt met je mee bij elke stap.
        """, "AF-BEREIKBAAR");
    assertEquals(Outcome.FAIL, r.outcome());
    assertTrue(r.notes().get(0).contains("veronderstelt AF-ROL"), r.notes().toString());
    assertTrue(r.evidence().get(0).quote().contains("niet benoemd"), r.evidence().toString());
  }

  @Test
  void withTheRoleTheyAreJudgedOnTheirOwn() throws Exception {
    CriterionResult r = audit(STEPS + """
        Onze aandachtsfunctionaris is Petra de Wit, coördinator zorg.
        De aandachtsfunctionaris is bereikbaar via toestel 31 en denkt met je mee bij elke stap.
        """, "AF-BEREIKBAAR");
    assertEquals(Outcome.PASS, r.outcome());
  }

  private CriterionResult audit(String text, String id) throws Exception {
    Path doc = Files.writeString(dir.resolve("meldcode.md"), text);
    Checklist basis = ChecklistLoader.load(Path.of("checklists", "basis.yaml"));
    Auditor auditor = new Auditor(new DocumentReader(ReadOptions.DEFAULTS)::read,
        Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC), "test");
    AuditReport report = auditor.audit(new AuditRequest(doc, null, basis, Optional.of("wmo"),
        LocalDate.of(2026, 11, 28), Lang.NL));
    return report.results().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
