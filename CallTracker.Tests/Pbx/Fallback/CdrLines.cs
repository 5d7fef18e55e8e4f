namespace CallTracker.Tests.Pbx.Fallback;

/// <summary>Master.csv lines as cdr_csv writes them with usegmtime, loguniqueid and loguserfield on.</summary>
internal static class CdrLines
{
    public static string Line(
        string uniqueId,
        string disposition = "ANSWERED",
        string dstChannel = "PJSIP/101-0000002a",
        string userField = "calltracker-fallback",
        string start = "2026-12-01 09:30:00",
        string answer = "2026-12-01 09:30:12",
        string end = "2026-12-01 09:33:12",
        int duration = 192,
        int billsec = 180,
        string src = "79161112233",
        string dst = "74950000001") =>
        $"\"\",\"{src}\",\"{dst}\",\"from-trunk\",\"\"\"Smith, John\"\" <{src}>\",\"PJSIP/trunk-00000029\",\"{dstChannel}\",\"Dial\","
        + $"\"PJSIP/101&PJSIP/102,30\",\"{start}\",\"{answer}\",\"{end}\",{duration},{billsec},\"{disposition}\",\"DOCUMENTATION\",\"{uniqueId}\",\"{userField}\"";
}
