package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.meldcheck.checklist.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed sample exports give exactly the counts their generator planted, and nothing
 * private planted in them reaches any part of the result.
 */
class SamplesTest {
  private static final Path DIR = Path.of("samples", "cases");

  static CaseOptions options() {
    return CaseOptions.defaults().withDecisionMakerRole(SampleGenerator.ROLE)
        .withLeadTimeNormDays(SampleGenerator.NORM_DAYS);
  }

  static Map<String, String> expected(Path export) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(export + ".expected"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] kv = line.split("=", 2);
        out.put(kv[0], kv[1]);
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"canonical.csv", "canonical.xlsx", "zorgdossier.csv",
      "zorgdossier.xlsx", "leerlingvolg.csv", "leerlingvolg.xlsx"})
  void plantedCountsAreFound(String file) throws Exception {
    Path export = DIR.resolve(file);
    String mappingName = file.substring(0, file.indexOf('.'));
    Map<String, String> exp = expected(export);
    CaseAudit a = CaseAuditor.audit(export, MappingLoader.builtIn(mappingName), options());

    assertEquals(Long.parseLong(exp.get("rows_read")), a.rowsRead(), file);
    assertTrue(a.rowsRead() >= 200, "at least 200 cases");
    assertEquals(Long.parseLong(exp.get("rows_with_problems")), a.rowsWithProblems(), file);
    assertEquals(a.rowsRead(), a.rowsJudged() + a.rowsWithProblems());
    for (CaseCriterion c : CaseCriterion.values()) {
      CriterionRate r = a.rate(c);
      assertEquals(Long.parseLong(exp.get("fail." + c.id())), r.failed(), file + " " + c.id());
      assertTrue(r.failed() > 0, "every criterion has planted violations: " + c.id());
      assertEquals(a.rowsRead(), r.total(), "every case counted for " + c.id());
      assertTrue(r.passed() >= CriterionRate.MIN_CASES, c.id());
    }
    for (CaseProblem p : CaseProblem.values()) {
      assertEquals(Long.parseLong(exp.get("problem." + p.code())),
          a.problemCounts().getOrDefault(p, 0L), file + " " + p);
    }
    assertEquals(a.problemCounts().values().stream().mapToLong(Long::longValue).sum(),
        a.problems().size() + a.problemsOmitted());
    assertEquals(Set.of("Centrum", "Noord", "Oost", "Zuid"), a.perLocation().keySet());
    assertEquals(Set.of("Team A", "Team B", "Team C"), a.perTeam().keySet());
    for (List<CriterionRate> rates : a.perLocation().values()) {
      assertEquals(CaseCriterion.values().length, rates.size());
    }
    assertEquals(SampleGenerator.NORM_DAYS, a.leadTime().normDays());
    assertEquals(a.rate(CaseCriterion.DOORLOOPTIJD).failed(), a.leadTime().overNorm());
  }

  @Test
  void xlsxAndCsvOfOneSampleAgreeCaseByCase() throws Exception {
    for (String stem : List.of("canonical", "zorgdossier", "leerlingvolg")) {
      Mapping m = MappingLoader.builtIn(stem);
      CaseOptions o = options().withKeepPerCase(true);
      CaseAudit csv = CaseAuditor.audit(DIR.resolve(stem + ".csv"), m, o);
      CaseAudit xlsx = CaseAuditor.audit(DIR.resolve(stem + ".xlsx"), m, o);
      assertEquals(csv.perCase().size(), xlsx.perCase().size());
      int differing = 0;
      for (int i = 0; i < csv.perCase().size(); i++) {
        if (!csv.perCase().get(i).equals(xlsx.perCase().get(i))) {
          differing++;
        }
      }
      // only the two rows cut short in the CSV differ (their XLSX rows are complete)
      assertEquals(2, differing, stem);
      assertEquals(ExportFormat.XLSX, xlsx.source().format());
      assertEquals(m.sheet() == null ? "Casussen" : m.sheet(), xlsx.source().sheet());
    }
  }

  @Test
  void nothingPrivateReachesTheResult() throws Exception {
    Set<String> secrets = SampleGenerator.plantedSecrets();
    assertTrue(secrets.size() > 500, "names, BSNs, birth dates and notes were planted");
    Pseudonymiser p = Pseudonymiser.fromEnvironment("K", Map.of("K", "een-test-sleutel-van-32-tekens!"));
    for (String file : List.of("canonical.csv", "canonical.xlsx", "zorgdossier.csv",
        "zorgdossier.xlsx", "leerlingvolg.csv", "leerlingvolg.xlsx")) {
      Mapping m = MappingLoader.builtIn(file.substring(0, file.indexOf('.')));
      for (CaseOptions o : List.of(options().withKeepPerCase(true),
          options().withKeepPerCase(true).withPseudonymiser(p))) {
        CaseAudit a = CaseAuditor.audit(DIR.resolve(file), m, o);
        StringBuilder all = new StringBuilder(a.toString());
        for (CaseFinding f : a.problems()) {
          all.append(f.message(Lang.NL)).append(f.message(Lang.EN));
        }
        for (CaseOutcome c : a.perCase()) {
          for (CriterionOutcome co : c.outcomes()) {
            all.append(co.reason().get(Lang.NL)).append(co.reason().get(Lang.EN));
          }
        }
        String text = all.toString();
        for (String s : secrets) {
          assertFalse(text.contains(s), file + " leaks a planted value");
        }
        for (String part : List.of("Vries", "Amrani", "blauwe plekken", "Toelichting")) {
          assertFalse(text.contains(part), file + " leaks " + part);
        }
        if (o.pseudonymiser().isPresent()) {
          assertFalse(text.matches("(?s).*\\b(C-|ZD|LV)\\d{4}\\b.*"), file + " shows a real id");
        }
      }
    }
  }

  @Test
  void perCaseCallbackStreamsEveryCaseWithoutKeepingThem() throws Exception {
    AtomicLong n = new AtomicLong();
    List<String> failedMeldnorm = new ArrayList<>();
    CaseAudit a = CaseAuditor.audit(DIR.resolve("zorgdossier.csv"),
        MappingLoader.builtIn("zorgdossier"), options().withPerCase(c -> {
          n.incrementAndGet();
          if (c.outcome(CaseCriterion.MELDNORM).outcome() == nl.meldcheck.checklist.Outcome.FAIL) {
            failedMeldnorm.add(c.caseRef());
          }
        }));
    assertEquals(a.rowsRead(), n.get());
    assertTrue(a.perCase().isEmpty());
    assertEquals(a.rate(CaseCriterion.MELDNORM).failed(), failedMeldnorm.size());
  }

  @Test
  void generatorIsDeterministic(@TempDir Path tmp) throws Exception {
    SampleGenerator.main(new String[] {tmp.toString()});
    for (String stem : List.of("canonical", "zorgdossier", "leerlingvolg")) {
      assertArrayEquals(Files.readAllBytes(DIR.resolve(stem + ".csv")),
          Files.readAllBytes(tmp.resolve(stem + ".csv")), stem + ".csv is regenerated as committed");
      for (String ext : List.of(".csv.expected", ".xlsx.expected")) {
        assertEquals(Files.readString(DIR.resolve(stem + ext), StandardCharsets.UTF_8),
            Files.readString(tmp.resolve(stem + ext), StandardCharsets.UTF_8), stem + ext);
      }
    }
  }
}
