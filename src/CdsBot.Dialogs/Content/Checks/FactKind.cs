namespace CdsBot.Dialogs.Content.Checks;

/// <summary>The kinds of fact the source-consistency check compares between an answer and its sources.</summary>
public enum FactKind
{
    /// <summary>A number: "3 ngày", "năm 2030", "500.000".</summary>
    Number,

    /// <summary>A date, with or without its year: "22/12/2024", "ngày 18 tháng 3 năm 2022", "10/10".</summary>
    Date,

    /// <summary>A percentage: "30%", "30 phần trăm".</summary>
    Percentage,

    /// <summary>A document number: "57-NQ/TW", "749/QĐ-TTg", "63/2024/NĐ-CP".</summary>
    DocumentNumber,
}
