package nl.meldcheck.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical case fields of {@code case-schema.md}. Every export is mapped onto these; an
 * export column that no field names is never read, which is what keeps free text, names, BSNs and
 * birth dates out of every result.
 */
public enum Field {
  CASUS_ID(Kind.ID),
  LOCATIE(Kind.GROUP),
  TEAM(Kind.GROUP),
  CLIENT_TYPE(Kind.CODE, "kind", "volwassene", "oudere"),
  SOORT_GEWELD(Kind.CODE, "kindermishandeling", "partnergeweld", "ouderenmishandeling",
      "eergerelateerd", "vgv", "huwelijksdwang", "seksueel", "mensenhandel", "overig"),
  SIGNAAL_DATUM(Kind.DATE),
  KINDCHECK(Kind.CODE, "ja", "nee", "nvt"),
  CONSULTATIE_DATUM(Kind.DATE),
  AF_GERAADPLEEGD(Kind.CODE, "ja", "nee"),
  VT_ADVIES_DATUM(Kind.DATE),
  GESPREK_DATUM(Kind.DATE),
  GESPREK_OVERGESLAGEN_REDEN(Kind.CODE, "veiligheid", "contactverlies", "anders"),
  WEGING_DATUM(Kind.DATE),
  VERMOEDEN(Kind.CODE, "ja", "nee"),
  ACUTE_ONVEILIGHEID(Kind.CODE, "ja", "nee"),
  STRUCTURELE_ONVEILIGHEID(Kind.CODE, "ja", "nee"),
  HULP_MOGELIJK(Kind.CODE, "ja", "nee"),
  HULP_AANVAARD(Kind.CODE, "ja", "nee"),
  BESLUIT(Kind.CODE, "melden", "hulp", "melden_en_hulp", "afsluiten"),
  BESLUIT_DATUM(Kind.DATE),
  BESLUIT_DOOR(Kind.ROLE),
  BESLUIT_MOTIVERING(Kind.CODE, "ja", "nee"),
  MELDING_DATUM(Kind.DATE),
  CLIENT_GEINFORMEERD(Kind.CODE, "ja", "nee", "nvt"),
  NIET_GEINFORMEERD_REDEN(Kind.CODE, "veiligheid", "contactverlies", "anders"),
  EVALUATIE_DATUM(Kind.DATE),
  DUURZAAM_VEILIG(Kind.CODE, "ja", "nee"),
  OPNIEUW_GEMELD(Kind.CODE, "ja", "nee"),
  AFSLUIT_DATUM(Kind.DATE),
  AFSLUIT_REDEN(Kind.CODE, "geen_vermoeden", "hulp_afgerond", "overgedragen", "melding_gedaan",
      "verhuisd", "anders");

  /**
   * What a field holds, which decides how a cell is read and whether its raw text may ever
   * appear in a message: only {@link #CODE} values, and only short ones without digits.
   */
  public enum Kind {
    /** The case id: shown (or pseudonymised), never echoed from an unreadable cell. */
    ID,
    /** A location or team name: free text used only to group rates. */
    GROUP,
    /** A closed list of codes, reached through the mapping's value map. */
    CODE,
    /** A date. */
    DATE,
    /**
     * A role such as aandachtsfunctionaris; a closed vocabulary, because an export may hold a
     * person's name in the same column, which must never be copied.
     */
    ROLE
  }

  /** Built-in roles; a mapping adds its own through a value map on {@code besluit_door}. */
  public static final Set<String> ROLES = Set.of("aandachtsfunctionaris", "leidinggevende",
      "teamleider", "directeur", "bestuurder", "locatiemanager", "manager", "beroepskracht",
      "intern_begeleider", "zorgcoordinator", "coordinator", "vertrouwensarts", "jeugdarts",
      "behandelaar", "regiebehandelaar", "gedragsdeskundige", "mentor");

  private final Kind kind;
  private final List<String> codes;

  Field(Kind kind, String... codes) {
    this.kind = kind;
    this.codes = List.of(codes);
  }

  public Kind kind() {
    return kind;
  }

  /** The canonical codes of a {@link Kind#CODE} field, in schema order; empty otherwise. */
  public List<String> codes() {
    return codes;
  }

  /** The canonical name as in the schema and in mapping files, e.g. {@code signaal_datum}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field with this canonical name, or null. */
  public static Field byKey(String key) {
    for (Field f : values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }

  /**
   * A role or code as compared: lower case, accents dropped, spaces and hyphens as underscores,
   * so "Intern begeleider" and "intern-begeleider" meet.
   */
  public static String normaliseCode(String s) {
    String stripped = s.strip();
    if (isPlainCode(stripped)) {
      return stripped;
    }
    String t = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return t.replace(".", "").replaceAll("[\\s\\-]+", "_");
  }

  /** Fast path for the common case, a value already in canonical spelling. */
  private static boolean isPlainCode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
