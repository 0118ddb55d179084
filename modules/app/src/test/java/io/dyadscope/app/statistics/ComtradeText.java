package io.dyadscope.app.statistics;

import java.util.Arrays;

/** Synthetic Comtrade records (invented values) in the download's layout: 47 quoted fields and a trailing comma. */
final class ComtradeText {

  static final String HEADER = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
      + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
      + "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,"
      + "customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,"
      + "altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,"
      + "fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

  private ComtradeText() {}

  static String record(int year, String reporter, String flow, String partner, String value) {
    String[] f = new String[47];
    Arrays.fill(f, "");
    f[0] = "C";
    f[1] = "A";
    f[3] = Integer.toString(year);
    f[5] = Integer.toString(year);
    f[7] = reporter;
    f[9] = flow;
    f[12] = partner;
    f[20] = "TOTAL";
    f[24] = "C00";
    f[27] = "0";
    f[43] = value;
    StringBuilder b = new StringBuilder();
    for (String s : f) {
      b.append(s.isEmpty() ? "" : "\"" + s + "\"").append(',');
    }
    return b.toString();
  }
}
