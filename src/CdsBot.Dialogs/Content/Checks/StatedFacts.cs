namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// What a set of documents states: the facts of their texts, plus each one's registered number, signing date and title
/// (its own words: "… đến năm 2025, định hướng đến năm 2030"), so a document whose text is not on file still states those.
/// A date without its year is stated by any date on that day and month; a number is stated as a number, as the year
/// of a date, or as the leading number of a document number ("Nghị quyết 57" by 57-NQ/TW).
/// </summary>
public sealed class StatedFacts
{
    private readonly HashSet<(FactKind Kind, string Key)> _facts = [];
    private readonly HashSet<string> _dayMonths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);

    private StatedFacts()
    {
    }

    /// <summary>The facts stated by <paramref name="documents"/>.</summary>
    public static StatedFacts Of(IEnumerable<SourceDocument> documents)
    {
        var stated = new StatedFacts();
        foreach (var document in documents)
        {
            if (document.HasIssuedNumber)
            {
                stated.Add(new Fact(FactKind.DocumentNumber, document.Number, FactExtractor.DocumentNumberKey(document.Number)));
            }

            if (document.SignedOn is { } signed)
            {
                stated.Add(new Fact(FactKind.Date, $"{signed:d/M/yyyy}", FactExtractor.DateKey(signed.Day, signed.Month, signed.Year)));
            }

            foreach (var fact in FactExtractor.Extract(document.Title).Concat(FactExtractor.Extract(document.Text ?? "")))
            {
                stated.Add(fact);
            }
        }

        return stated;
    }

    /// <summary>Whether <paramref name="fact"/> is stated.</summary>
    public bool Contains(Fact fact) => fact.Kind switch
    {
        FactKind.Date when fact.Key.Count(c => c == '/') == 1 => _dayMonths.Contains(fact.Key),
        FactKind.Number => _numbers.Contains(fact.Key),
        _ => _facts.Contains((fact.Kind, fact.Key)),
    };

    private void Add(Fact fact)
    {
        _facts.Add((fact.Kind, fact.Key));
        switch (fact.Kind)
        {
            case FactKind.Number:
                _numbers.Add(fact.Key);
                break;
            case FactKind.Date:
                var parts = fact.Key.Split('/');
                _dayMonths.Add($"{parts[0]}/{parts[1]}");
                if (parts.Length == 3)
                {
                    _numbers.Add(parts[2]);
                }

                break;
            case FactKind.DocumentNumber:
                var leading = string.Concat(fact.Key.TakeWhile(char.IsDigit));
                if (leading.Length > 0)
                {
                    _numbers.Add(leading);
                }

                break;
        }
    }
}
