namespace CdsBot.Dialogs.Content.Checks;

/// <summary>A fact found in a text.</summary>
/// <param name="Kind">What kind of fact it is.</param>
/// <param name="Written">The fact as the text writes it ("22/04/2022", "30 phần trăm").</param>
/// <param name="Key">
/// Its comparable form: numbers without leading zeros or thousands separators ("500000"), dates as "d/m/yyyy" or "d/m"
/// when the year is not written, percentages as "30%", document numbers upper-cased without spaces ("63-KH/BTGTU").
/// </param>
public sealed record Fact(FactKind Kind, string Written, string Key);
