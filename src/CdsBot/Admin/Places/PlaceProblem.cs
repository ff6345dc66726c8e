namespace CdsBot.Admin.Places;

/// <summary>
/// One problem in a list of places, in Vietnamese: the file line (0 for a form), the place's id as written, and the
/// field it is about.
/// </summary>
public sealed record PlaceProblem(int Line, string PlaceId, string Field, string Message)
{
    public override string ToString() => Line > 0 ? $"Dòng {Line}: {Message}" : Message;
}
