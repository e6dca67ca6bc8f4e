package io.github.narrativeir.examples;

import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the bundled public data sets say about the seed article's five practices, computed from the
 * files in {@code data/} (see {@code data/ATTRIBUTION.md}), including where the data disagree with
 * the seed, and the caveats that go with them, both in the printout and in the HTML report.
 */
final class DataBacking {
  private DataBacking() {}

  /** One finding: which seed practice it bears on, and what the data say. */
  record Finding(int practice, String text) {}

  /** US aid in one situation: USAID obligations and Coalition Support Funds, in US$ millions. */
  record Aid(Situation situation, BigDecimal usaid, BigDecimal csf, BigDecimal perYear) {
    BigDecimal total() {
      return usaid.add(csf);
    }
  }

  /**
   * The threshold, in US$ millions a year, above which a situation's aid is observed as the
   * practice {@code aid}: the US$1 billion for two fiscal years of the example's first data
   * mapping, kept as a rate because the situations now differ in length.
   */
  static final BigDecimal AID_PER_YEAR_THRESHOLD = BigDecimal.valueOf(500);

  /** The Bureau of Investigative Journalism's strikes of 2004–2008 (cited, not bundled). */
  static final List<String> BIJ_STRIKES_TO_2008 =
      List.of(
          "2004-06-17",
          "2005-05-08",
          "2005-11-05",
          "2005-12-01",
          "2006-01-13",
          "2006-10-30",
          "2007-01-16",
          "2007-04-27",
          "2007-06-19",
          "2007-11-02",
          "2007-12-03",
          "2008-01-29",
          "2008-02-28",
          "2008-03-16",
          "2008-05-14",
          "2008-06-14",
          "2008-07-28",
          "2008-08-12");

  /** BIJ strikes of 2008 after Musharraf's resignation on 18 Aug 2008 (cited, not bundled). */
  static final int BIJ_STRIKES_2008_AFTER_RESIGNATION = 31;

  static List<Finding> findings(Model model) {
    List<Finding> findings = new ArrayList<>();
    findings.add(new Finding(1, usaid()));
    findings.add(new Finding(1, csf()));
    findings.add(new Finding(1, aidTable(model)));
    findings.add(new Finding(1, sipri()));
    findings.add(new Finding(2, strikes(model)));
    findings.add(
        new Finding(
            2,
            "No bundled data set covers transit and logistics permission; UCDP's"
                + " External Support Dataset lists the Government of Pakistan among the external supporters"
                + " of the United States in its conflict with al-Qaida in "
                + usAgainstAlQaidaYears()
                + " (the actor-year file does not say which kind of support each supporter gave)."));
    findings.add(new Finding(2, indiaHostility(model)));
    findings.add(new Finding(3, ucdp()));
    findings.add(new Finding(4, fuhrmann()));
    findings.add(
        new Finding(
            5,
            "No data set measures Kashmir-oriented diplomacy; the stopped change"
                + " rests on the seed (p. 42), and the plain observations of 2005–2006 on dated press reports"
                + " that Musharraf still asked the US for help on Kashmir."));
    return findings;
  }

  /**
   * The caveats that must travel with the results: what the data do not say, and where the model's
   * coding choices could be read otherwise. Printed by {@code MusharrafEra} and added to its HTML.
   */
  static List<String> caveats(Model model) {
    List<String> caveats = new ArrayList<>();
    caveats.add(
        "UCDP's External Support Dataset codes Pakistani support for the Taleban in 1996 and"
            + " 2002 and for the Taliban government in 1997–2001, but NOT in 2003–2008. The observations"
            + " of aid to the Taliban in 2007 and 2008 rest on Musharraf's own words (Kabul, 12 Aug 2007) and"
            + " on US officials (New York Times, 1 Aug 2008); for 2003–2006 the example has no source"
            + " either way and records nothing.");
    caveats.add(
        "The CRS table gives Coalition Support Funds for FY2002–FY2007 as one sum"
            + " (US$5,678M); the example spreads it evenly over the six fiscal years. Every fiscal year"
            + " (October to September) is spread over its days, so a situation gets the share of each"
            + " fiscal year that it covers.");
    caveats.add(
        "Counter-insurgency arms (helicopters, anti-tank missiles) are 7 of the 32 US arms"
            + " orders for Pakistan in 2001–2008 and about 11% of their SIPRI trend-indicator value;"
            + " most of the value went to F-16s, AMRAAM missiles, P-3C Orions and Harpoons.");
    caveats.add(
        "Strikes count toward Musharraf's permission only up to his resignation on"
            + " 18 Aug 2008: the Bureau of Investigative Journalism counts 7 strikes in 2008 before that"
            + " day and "
            + BIJ_STRIKES_2008_AFTER_RESIGNATION
            + " after it.");
    caveats.add(
        "India–Pakistan hostility is added where COW codes at least 5 Pakistani uses of"
            + " force in a situation, whatever its length: "
            + indiaHostilityCounts(model)
            + ". The"
            + " three-month situation after 9/11 falls below the threshold, and the last situation"
            + " passes it on the 5 incidents of May–August 2008.");
    caveats.add(
        "The nuclear-for-missiles observations rest on contested sources: Khan's 2008"
            + " claim of a 2000 shipment (denied by Musharraf's spokesman) and US intelligence reports of"
            + " 2002; Musharraf denied the barter in February 2004. The seed's practice 5 says Pakistan"
            + " 'greatly reduced' its Kashmir diplomacy towards the US; a binary practice cannot say"
            + " 'reduced', and Pakistan still raised Kashmir with Bush in 2005 and 2006.");
    return caveats;
  }

  /** USAID obligations to Pakistan, current US$, by fiscal year. */
  static Map<Integer, Long> usaidByFiscalYear() {
    Map<Integer, Long> byYear = new TreeMap<>();
    for (Map<String, String> row : Csv.read("/data/usaid_explorer_aid_PAK_AFG_IND.csv")) {
      if (!row.get("fiscal_year").matches("\\d{4}")) {
        continue; // the 1976 transition quarter is written 1976tq
      }
      if (row.get("country_code").equals("PAK")
          && row.get("transaction_type_name").equals("Obligations")) {
        byYear.merge(
            Integer.parseInt(row.get("fiscal_year")),
            Long.parseLong(row.get("current_amount")),
            Long::sum);
      }
    }
    return byYear;
  }

  static String usaid() {
    Map<Integer, Long> byYear = usaidByFiscalYear();
    String years =
        byYear.entrySet().stream()
            .filter(e -> e.getKey() >= 1999 && e.getKey() <= 2008)
            .map(e -> "FY" + e.getKey() + " " + millions(e.getValue()))
            .collect(Collectors.joining(", "));
    BigDecimal ratio =
        BigDecimal.valueOf(byYear.get(2002))
            .divide(BigDecimal.valueOf(byYear.get(2001)), 1, RoundingMode.HALF_EVEN);
    return "US aid (USAID Foreign Aid Explorer, obligations to Pakistan, current US$ millions): "
        + years
        + ". Under the coup sanctions the low point is FY2000; FY2001 already exceeds"
        + " FY1999, and FY2002, the first year after 9/11, is "
        + ratio
        + " times FY2001.";
  }

  /** Coalition Support Funds by period, from the CRS table, in US$ millions. */
  static Map<String, Long> csfByPeriod() {
    Map<String, Long> periods = new LinkedHashMap<>();
    for (Map<String, String> row : Csv.read("/data/crs_pakaid_2013-10-24_transcribed.csv")) {
      if (row.get("program_or_account").equals("CSF Reimbursements")
          && row.get("period").matches("FY\\d{4}(-FY\\d{4})?")) {
        periods.put(row.get("period"), Long.parseLong(row.get("amount_usd_millions")));
      }
    }
    return periods;
  }

  static String csf() {
    Map<String, Long> periods = csfByPeriod();
    return "US reimbursements (CRS, Kronstadt and Epstein 2013, Coalition Support Funds to Pakistan):"
        + " FY2002-FY2007 US$"
        + thousands(periods.get("FY2002-FY2007"))
        + "M as one sum (every"
        + " edition of the table gives it so; spread evenly here), FY2008 US$"
        + thousands(periods.get("FY2008"))
        + "M.";
  }

  /**
   * US aid by fiscal year in US$ millions, USAID obligations and Coalition Support Funds apart,
   * multi-year sums spread evenly over the years they cover.
   */
  static Map<Integer, BigDecimal[]> aidByFiscalYear() {
    Map<Integer, BigDecimal[]> years = new TreeMap<>();
    usaidByFiscalYear()
        .forEach(
            (year, dollars) ->
                years.computeIfAbsent(year, y -> zeros())[0] =
                    BigDecimal.valueOf(dollars).movePointLeft(6));
    Pattern range = Pattern.compile("FY(\\d{4})(?:-FY(\\d{4}))?");
    csfByPeriod()
        .forEach(
            (period, amount) -> {
              Matcher m = range.matcher(period);
              if (!m.matches()) {
                throw new IllegalStateException(period);
              }
              int first = Integer.parseInt(m.group(1));
              int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
              BigDecimal share =
                  BigDecimal.valueOf(amount)
                      .divide(BigDecimal.valueOf(last - first + 1L), 10, RoundingMode.HALF_EVEN);
              for (int year = first; year <= last; year++) {
                BigDecimal[] cell = years.computeIfAbsent(year, y -> zeros());
                cell[1] = cell[1].add(share);
              }
            });
    return years;
  }

  /**
   * Each situation's share of US aid: every fiscal year (1 October to 30 September) spread evenly
   * over its days, and the situation given the days it covers.
   */
  static List<Aid> aidBySituation(Model model) {
    Map<Integer, BigDecimal[]> years = aidByFiscalYear();
    List<Aid> aid = new ArrayList<>();
    for (Situation s : model.situations()) {
      LocalDate from = s.from().start();
      LocalDate to = s.to().orElseThrow().end();
      BigDecimal usaid = BigDecimal.ZERO;
      BigDecimal csf = BigDecimal.ZERO;
      for (Map.Entry<Integer, BigDecimal[]> e : years.entrySet()) {
        LocalDate fyStart = LocalDate.of(e.getKey() - 1, 10, 1);
        LocalDate fyEnd = LocalDate.of(e.getKey(), 9, 30);
        LocalDate lo = from.isAfter(fyStart) ? from : fyStart;
        LocalDate hi = to.isBefore(fyEnd) ? to : fyEnd;
        if (lo.isAfter(hi)) {
          continue;
        }
        BigDecimal share =
            BigDecimal.valueOf(ChronoUnit.DAYS.between(lo, hi) + 1)
                .divide(
                    BigDecimal.valueOf(ChronoUnit.DAYS.between(fyStart, fyEnd) + 1),
                    10,
                    RoundingMode.HALF_EVEN);
        usaid = usaid.add(e.getValue()[0].multiply(share));
        csf = csf.add(e.getValue()[1].multiply(share));
      }
      BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1);
      BigDecimal perYear =
          usaid
              .add(csf)
              .multiply(new BigDecimal("365.25"))
              .divide(days, 10, RoundingMode.HALF_EVEN);
      aid.add(new Aid(s, usaid, csf, perYear));
    }
    return aid;
  }

  static String aidTable(Model model) {
    List<String> rows = new ArrayList<>();
    for (Aid a : aidBySituation(model)) {
      rows.add(
          a.situation().id()
              + " US$"
              + whole(a.total())
              + "M (USAID "
              + whole(a.usaid())
              + ", CSF "
              + whole(a.csf())
              + "), US$"
              + whole(a.perYear())
              + "M a year"
              + (a.perYear().compareTo(AID_PER_YEAR_THRESHOLD) >= 0
                  ? ""
                  : ", below the threshold"));
    }
    return "US aid by situation (USAID obligations and CSF, each fiscal year spread over its days;"
        + " observed as 'aid' from US$"
        + AID_PER_YEAR_THRESHOLD
        + "M a year): "
        + String.join("; ", rows)
        + ".";
  }

  /**
   * US arms orders for Pakistan, 2001–2008 (none in 1999–2000), and the counter-insurgency share.
   */
  static String sipri() {
    int orders = 0;
    int before2001 = 0;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal coin = BigDecimal.ZERO;
    TreeSet<String> coinItems = new TreeSet<>();
    Map<String, BigDecimal> largest = new TreeMap<>();
    for (Map<String, String> row : Csv.read("/data/sipri_trade_register_pakistan_dprk.csv")) {
      int year = Integer.parseInt(row.get("Year of order"));
      if (!row.get("Recipient").equals("Pakistan")
          || !row.get("Supplier").equals("United States")) {
        continue;
      }
      if (year >= 1999 && year <= 2000) {
        before2001++;
      }
      if (year < 2001 || year > 2008) {
        continue;
      }
      orders++;
      BigDecimal tiv = new BigDecimal(row.get("SIPRI TIV for total order"));
      total = total.add(tiv);
      String weapon = row.get("Weapon designation");
      if (weapon.matches(".*(Huey|Bell-412|AH-1|TOW).*")) {
        coin = coin.add(tiv);
        coinItems.add(year + " " + row.get("Number ordered") + " " + weapon);
      }
      if (weapon.matches(".*(F-16|AMRAAM|P-3C|Harpoon).*")) {
        largest.merge(
            weapon
                .replaceAll(" Block.*|UP", "")
                .replace("F-16A", "F-16")
                .replace("F-16C", "F-16")
                .replace("AIM-120C ", ""),
            tiv,
            BigDecimal::add);
      }
    }
    BigDecimal share =
        coin.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_EVEN);
    return "US arms for Pakistan (SIPRI Arms Transfers Database, orders 1999–2008): "
        + before2001
        + " orders in 1999–2000, "
        + orders
        + " in 2001–2008; suited to counter-insurgency "
        + coinItems.size()
        + " of them ("
        + String.join("; ", coinItems)
        + "), "
        + share
        + "% of the orders' trend-indicator value (TIV); the largest orders are "
        + largest.entrySet().stream()
            .map(e -> e.getKey() + " (TIV " + whole(e.getValue()) + ")")
            .collect(Collectors.joining(", "))
        + ", of total TIV "
        + whole(total)
        + ".";
  }

  /** US attack incidents (COW) and drone strikes (BIJ, cited) by situation. */
  static String strikes(Model model) {
    Map<String, Integer> cow = countBySituation(model, cowUsAttacks());
    Map<String, Integer> bij = countBySituation(model, BIJ_STRIKES_TO_2008);
    List<String> rows = new ArrayList<>();
    for (Situation s : model.situations()) {
      rows.add(
          s.id()
              + " "
              + cow.getOrDefault(s.id().value(), 0)
              + "/"
              + bij.getOrDefault(s.id().value(), 0));
    }
    return "US strikes on Pakistani territory by situation, COW MID 5.0 US 'attack' incidents in"
        + " disputes with Pakistan / Bureau of Investigative Journalism drone strikes (cited, not"
        + " bundled): "
        + String.join(", ", rows)
        + ". COW codes no US–Pakistan dispute before 2002;"
        + " BIJ's first strike is 17 Jun 2004; of BIJ's 38 strikes of 2008, 7 came before"
        + " Musharraf's resignation on 18 Aug and "
        + BIJ_STRIKES_2008_AFTER_RESIGNATION
        + " after.";
  }

  /** The dates of the US 'attack' incidents in disputes where the US and Pakistan are opposed. */
  static List<String> cowUsAttacks() {
    Set<String> opposed = usAgainstPakistan();
    List<String> dates = new ArrayList<>();
    for (Map<String, String> row :
        Csv.read("/data/cow_midip5_incident_participants_pakistan_disputes.csv")) {
      if (opposed.contains(row.get("dispnum"))
          && row.get("stabb").equals("USA")
          && row.get("action").equals("16")) {
        dates.add(cowDate(row));
      }
    }
    return dates;
  }

  /** Pakistan's use-of-force incidents in its disputes with India, by situation. */
  static String indiaHostility(Model model) {
    return "India–Pakistan use of force (COW MID 5.0, Pakistan's incidents at hostility level 4 in"
        + " its disputes with India), by situation: "
        + indiaHostilityCounts(model)
        + "; the aspect india-hostility needs at least 5.";
  }

  static String indiaHostilityCounts(Model model) {
    List<String> dates = new ArrayList<>();
    for (Map<String, String> row :
        Csv.read("/data/cow_midip5_incident_participants_pakistan_disputes.csv")) {
      if (Set.of("4223", "4277", "4561", "4566", "4585").contains(row.get("dispnum"))
          && row.get("stabb").equals("PAK")
          && row.get("hostlev").equals("4")) {
        dates.add(cowDate(row));
      }
    }
    Map<String, Integer> counts = countBySituation(model, dates);
    return model.situations().stream()
        .map(s -> s.id() + " " + counts.getOrDefault(s.id().value(), 0))
        .collect(Collectors.joining(", "));
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

  /** The years in which UCDP codes Pakistan as an external supporter of the Taliban. */
  static String ucdp() {
    TreeSet<String> insurgents = new TreeSet<>();
    TreeSet<String> government = new TreeSet<>();
    TreeSet<String> coded = new TreeSet<>();
    for (Map<String, String> row : Csv.read("/data/ucdp_esd_ay_181_pakistan_taliban_rows.csv")) {
      boolean pakistan = row.get("ext_name").contains("Government of Pakistan");
      if (row.get("actor_name").equals("Taleban")) {
        coded.add(row.get("year"));
        if (pakistan) {
          insurgents.add(row.get("year"));
        }
      }
      if (row.get("actor_name").equals("Government of Afghanistan")
          && row.get("oppo_name").equals("UIFSA")
          && pakistan) {
        government.add(row.get("year"));
      }
    }
    String notSupported =
        coded.stream()
            .filter(
                y ->
                    !insurgents.contains(y) && y.compareTo("2003") >= 0 && y.compareTo("2008") <= 0)
            .collect(Collectors.joining(", "));
    return "Pakistani support for the Taliban (UCDP External Support Dataset v18.1): Pakistan is"
        + " coded as a supporter of the Taliban government against the United Front in "
        + String.join(", ", government)
        + ", of the Taleban insurgents in "
        + String.join(" and ", insurgents)
        + ", and NOT in "
        + notSupported
        + ". Here the data"
        + " disagree with the seed, whose practice 3 (aid to the Taliban as they fought US forces)"
        + " rests on qualitative sources; the model observes it only where a dated source says so.";
  }

  /**
   * The years in which UCDP lists Pakistan among the external supporters of the US against
   * al-Qaida.
   */
  static String usAgainstAlQaidaYears() {
    TreeSet<Integer> years = new TreeSet<>();
    for (Map<String, String> row : Csv.read("/data/ucdp_esd_ay_181_pakistan_taliban_rows.csv")) {
      if (row.get("actor_name").startsWith("Government of United States")
          && row.get("oppo_name").trim().equals("al-Qaida")
          && row.get("ext_name").contains("Government of Pakistan")) {
        years.add(Integer.parseInt(row.get("year")));
      }
    }
    return years.first() + "–" + years.last();
  }

  /** Pakistan–North Korea nuclear cooperation in Fuhrmann's data. */
  static String fuhrmann() {
    List<String> rows = new ArrayList<>();
    for (Map<String, String> row :
        Csv.read("/data/fuhrmann_nca_nuclear_cooperation_agreements_1945_2003.csv")) {
      if ((row.get("country1").equals("Pakistan") && row.get("country2").equals("North Korea"))
          || (row.get("country1").equals("North Korea")
              && row.get("country2").equals("Pakistan"))) {
        rows.add(row.get("year") + " (" + row.get("nca_type") + ")");
      }
    }
    return "Pakistan–North Korea nuclear cooperation (Fuhrmann, nuclear cooperation agreements):"
        + " coded in "
        + String.join(", ", rows)
        + "; no data set records the exchange of"
        + " nuclear for missile technology as a dated swap.";
  }

  /** How many of {@code dates} (ISO days) fall in each situation, by situation id. */
  private static Map<String, Integer> countBySituation(Model model, List<String> dates) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String d : dates) {
      LocalDate day = LocalDate.parse(d);
      for (Situation s : model.situations()) {
        if (!day.isBefore(s.from().start()) && !day.isAfter(s.to().orElseThrow().end())) {
          counts.merge(s.id().value(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * A COW incident's start as a day; an unknown month or day (-9) falls back as the import does.
   */
  private static String cowDate(Map<String, String> row) {
    int month = Integer.parseInt(row.get("stmon"));
    int day = Integer.parseInt(row.get("stday"));
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02d",
        Integer.parseInt(row.get("styear")),
        month < 1 ? 7 : month,
        month < 1 ? 1 : day < 1 ? 15 : day);
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static String millions(long dollars) {
    return BigDecimal.valueOf(dollars)
        .movePointLeft(6)
        .setScale(1, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static String thousands(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A decimal as whole units with thousands separators. */
  static String whole(BigDecimal value) {
    return thousands(value.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }
}
