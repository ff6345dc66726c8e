namespace CdsBot.Dialogs.Content;

/// <summary>
/// Reads one lesson file (<c>lessons/&lt;id&gt;.yaml</c>) and checks it: required fields, button lengths, at least one
/// message, and a check question with two to four answers of which exactly one is right.
/// </summary>
internal static class LessonFileReader
{
    public static Lesson? Read(YamlFields root)
    {
        var id = root.Text("id", true);
        var title = root.Text("title", true);
        var menuTitle = root.Label("menu_title", Guide.MaxMenuTitleLength);
        var topic = root.Text("topic", true);

        var messages = root.TextList("messages");
        if (messages.Count == 0)
        {
            root.Error("'messages' must list at least one message.");
        }

        var check = root.Map("check", required: true);
        var parsed = check is null ? null : ReadCheck(check);
        if (id is null || title is null || menuTitle is null || topic is null || messages.Count == 0 || parsed is null)
        {
            return null;
        }

        return new Lesson { Id = id, Title = title, MenuTitle = menuTitle, Topic = topic, Sources = root.TextList("sources"), Messages = messages, Check = parsed };
    }

    private static LessonCheck? ReadCheck(YamlFields check)
    {
        var question = check.Text("question", true);
        var explanation = check.Text("explanation", true);
        var choices = check.Maps("choices", required: true)
            .Select(c => (Title: c.Label("title", Guide.MaxMenuTitleLength), Correct: c.Bool("correct", false)))
            .ToList();

        if (choices.Count is < 2 or > 4 || choices.Count(c => c.Correct) != 1)
        {
            check.Error($"'check' needs 2 to 4 answers, exactly one of them 'correct: true' (has {choices.Count} answers, {choices.Count(c => c.Correct)} right).");
            return null;
        }

        return question is null || explanation is null || choices.Any(c => c.Title is null)
            ? null
            : new LessonCheck(question, [.. choices.Select(c => new LessonChoice(c.Title!, c.Correct))], explanation);
    }
}
