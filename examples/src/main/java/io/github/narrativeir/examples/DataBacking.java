package io.github.narrativeir.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the bundled public data sets say about the seed article's five practices, computed from
 * the files in {@code data/} (see {@code data/ATTRIBUTION.md}), including where the data disagree
 * with the seed.
 */
final class DataBacking {
  private DataBacking() {}

  /** One finding: which seed practice it bears on, and what the data say. */
  record Finding(int practice, String text) {}

  static List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.add(new Finding(1, usaid()));
    findings.add(new Finding(1, csf()));
    findings.add(new Finding(1, sipri()));
    findings.add(new Finding(2, cow()));
    findings.add(new Finding(2, "No bundled data set covers transit and logistics permission, or counts"
        + " drone strikes as such (the Bureau of Investigative Journalism's counts, 2004: 1, 2005: 3,"
        + " 2006: 2, 2007: 5, 2008: 38, may be cited but not copied); these rest on the sources"
        + " named in the observations."));
    findings.add(new Finding(3, ucdp()));
    findings.add(new Finding(4, fuhrmann()));
    findings.add(new Finding(5, "No data set measures Kashmir-oriented diplomacy; the stopped change"
        + " rests on the seed and on the dated statements named in the model."));
    return findings;
  }

  /** USAID obligations to Pakistan, current US$, by fiscal year. */
  static String usaid() {
    Map<Integer, Long> byYear = new TreeMap<>();
    for (Map<String, String> row : Csv.read("/data/usaid_explorer_aid_PAK_AFG_IND.csv")) {
      if (!row.get("fiscal_year").matches("\\d{4}")) {
        continue; // the 1976 transition quarter is written 1976tq
      }
      int year = Integer.parseInt(row.get("fiscal_year"));
      if (row.get("country_code").equals("PAK")
          && row.get("transaction_type_name").equals("Obligations")
          && year >= 1999
          && year <= 2008) {
        byYear.merge(year, Long.parseLong(row.get("current_amount")), Long::sum);
      }
    }
    return "US aid (USAID Foreign Aid Explorer, obligations to Pakistan, current US$ millions): "
        + byYear.entrySet().stream()
            .map(e -> "FY" + e.getKey() + " " + millions(e.getValue()))
            .collect(Collectors.joining(", "))
        + ". Aid falls to almost nothing under the coup sanctions and jumps tenfold after 9/11.";
  }

  /** Coalition Support Funds reimbursements, from the CRS table. */
  static String csf() {
    List<String> parts = new ArrayList<>();
    for (Map<String, String> row : Csv.read("/data/crs_pakaid_2013-10-24_transcribed.csv")) {
      if (row.get("program_or_account").equals("CSF Reimbursements")
          && (row.get("period").equals("FY2002-FY2007") || row.get("period").equals("FY2008"))) {
        parts.add(row.get("period") + " US$" + String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(row.get("amount_usd_millions"))) + "M");
      }
    }
    return "US reimbursements (CRS, Kronstadt and Epstein 2013, Coalition Support Funds to Pakistan): "
        + String.join(", ", parts) + ".";
  }

  /** US arms orders for Pakistan, 1999–2008, and those suited to counter-insurgency. */
  static String sipri() {
    int orders = 0;
    TreeSet<String> coin = new TreeSet<>();
    for (Map<String, String> row : Csv.read("/data/sipri_trade_register_pakistan_dprk.csv")) {
      int year = Integer.parseInt(row.get("Year of order"));
      if (row.get("Recipient").equals("Pakistan")
          && row.get("Supplier").equals("United States")
          && year >= 1999
          && year <= 2008) {
        orders++;
        String weapon = row.get("Weapon designation");
        if (weapon.matches(".*(Huey|Bell-412|AH-1|TOW).*")) {
          coin.add(year + " " + row.get("Number ordered") + " " + weapon);
        }
      }
    }
    return "US arms for Pakistan (SIPRI Arms Transfers Database): " + orders
        + " US orders 1999–2008, none before 2001; suited to counter-insurgency: "
        + String.join("; ", coin) + ".";
  }

  /** US attack incidents against Pakistan by year (COW MID 5.0 incident participants). */
  static String cow() {
    Map<String, Integer> attacks = new TreeMap<>();
    Set<String> opposed = usAgainstPakistan();
    for (Map<String, String> row :
        Csv.read("/data/cow_midip5_incident_participants_pakistan_disputes.csv")) {
      int year = Integer.parseInt(row.get("styear"));
      if (opposed.contains(row.get("dispnum")) && row.get("stabb").equals("USA")
          && row.get("action").equals("16") && year <= 2008) {
        attacks.merge(String.valueOf(year), 1, Integer::sum);
      }
    }
    return "US strikes on Pakistani territory (COW MID 5.0, US 'attack' incidents in disputes with"
        + " Pakistan): "
        + attacks.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "))
        + ".";
  }

  /** The disputes (COW MID 5.0) in which the United States and Pakistan are on opposite sides. */
  static Set<String> usAgainstPakistan() {
    Set<String> disputes = new TreeSet<>();
    for (Map<String, String> row : Csv.read("/data/cow_mid5_disputes_involving_pakistan.csv")) {
      List<String> a = List.of(row.get("side_a").split(";"));
      List<String> b = List.of(row.get("side_b").split(";"));
      if ((a.contains("USA") && b.contains("PAK")) || (a.contains("PAK") && b.contains("USA"))) {
        disputes.add(row.get("dispnum"));
      }
    }
    return disputes;
  }

  /** The years in which UCDP codes Pakistan as an external supporter of the Taleban. */
  static String ucdp() {
    TreeSet<String> supported = new TreeSet<>();
    TreeSet<String> coded = new TreeSet<>();
    for (Map<String, String> row : Csv.read("/data/ucdp_esd_ay_181_pakistan_taliban_rows.csv")) {
      if (row.get("actor_name").equals("Taleban")) {
        coded.add(row.get("year"));
        if (row.get("ext_name").contains("Government of Pakistan")) {
          supported.add(row.get("year"));
        }
      }
    }
    TreeSet<String> notSupported = new TreeSet<>(coded);
    notSupported.removeAll(supported);
    String midEra =
        notSupported.stream()
            .filter(y -> y.compareTo("2003") >= 0 && y.compareTo("2008") <= 0)
            .collect(Collectors.joining(", "));
    return "Pakistani support for the Taleban (UCDP External Support Dataset v18.1): Pakistan is"
        + " coded as a supporter in " + String.join(" and ", supported) + ", and NOT in "
        + midEra + ". Here the data disagree with the seed, whose practice 3 (aid to the Taliban"
        + " as they fought US forces, the middle 2000s) rests on qualitative sources; the model"
        + " keeps that observation, with its source saying so.";
  }

  /** Pakistan–North Korea nuclear cooperation in Fuhrmann's data. */
  static String fuhrmann() {
    List<String> rows = new ArrayList<>();
    for (Map<String, String> row :
        Csv.read("/data/fuhrmann_nca_nuclear_cooperation_agreements_1945_2003.csv")) {
      if ((row.get("country1").equals("Pakistan") && row.get("country2").equals("North Korea"))
          || (row.get("country1").equals("North Korea") && row.get("country2").equals("Pakistan"))) {
        rows.add(row.get("year") + " (" + row.get("nca_type") + ")");
      }
    }
    return "Pakistan–North Korea nuclear cooperation (Fuhrmann, nuclear cooperation agreements):"
        + " coded in " + String.join(", ", rows) + "; no data set records the exchange of"
        + " nuclear for missile technology as a dated swap.";
  }

  private static String millions(long dollars) {
    return String.format(java.util.Locale.ROOT, "%.1f", dollars / 1_000_000.0);
  }
}
