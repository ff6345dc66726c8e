namespace CdsBot.Dialogs.Content;

/// <summary>
/// Reads one guide file (<c>guides/&lt;id&gt;.yaml</c>) and checks it whole: required fields, button lengths, step ids
/// unique, every <c>next</c> naming a step of the guide, and every step reachable from the first.
/// </summary>
internal static class GuideFileReader
{
    public static Guide? Read(YamlFields root)
    {
        var id = root.Text("id", true);
        var title = root.Text("title", true);
        var menuTitle = root.Label("menu_title", Guide.MaxMenuTitleLength);
        var topic = root.Text("topic", true);

        var links = root.Maps("links", required: false)
            .Select(l => (Title: l.Text("title", true), Url: l.Text("url", true)))
            .Where(l => l.Title is not null && l.Url is not null)
            .Select(l => new ContentLink(l.Title!, l.Url!))
            .ToList();
        var steps = root.Maps("steps", required: true).Select(ReadStep).OfType<GuideStep>().ToList();
        if (id is null || title is null || menuTitle is null || topic is null || steps.Count == 0)
        {
            return null;
        }

        var guide = new Guide
        {
            Id = id,
            Title = title,
            MenuTitle = menuTitle,
            Topic = topic,
            Triggers = root.TextList("triggers"),
            Sources = root.TextList("sources"),
            Links = links,
            Steps = steps,
        };
        Check(guide, root);
        return guide;
    }

    private static GuideStep? ReadStep(YamlFields step)
    {
        var id = step.Text("id", true);
        var text = step.Text("text", true);
        var choices = step.Maps("choices", required: false)
            .Select(c => (Title: c.Label("title", Guide.MaxMenuTitleLength), Next: c.Text("next", true)))
            .ToList();

        if (id is null || text is null)
        {
            return null;
        }

        return new GuideStep
        {
            Id = id,
            Text = text,
            ImageUrl = step.Text("image", false),
            Choices = [.. choices.Where(c => c.Title is not null && c.Next is not null).Select(c => new GuideChoice(c.Title!, c.Next!))],
            Next = step.Text("next", false),
            End = step.Bool("end", false),
        };
    }

    private static void Check(Guide guide, YamlFields root)
    {
        foreach (var duplicate in guide.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            root.Error($"guide '{guide.Id}': step id '{duplicate.Key}' is used {duplicate.Count()} times.");
        }

        var targets = guide.Steps.SelectMany(s => s.Choices.Select(c => c.Next).Append(s.Next).OfType<string>());
        foreach (var missing in targets.Where(t => guide.FindStep(t) is null).Distinct())
        {
            root.Error($"guide '{guide.Id}': no step '{missing}' to go to.");
        }

        // Every step must be reachable from the first, by "Tiếp" or a choice.
        var reached = new HashSet<string>();
        var queue = new Queue<GuideStep>([guide.Steps[0]]);
        while (queue.TryDequeue(out var step))
        {
            if (!reached.Add(step.Id))
            {
                continue;
            }

            foreach (var next in step.Choices.Select(c => guide.FindStep(c.Next)).Append(guide.NextOf(step)).OfType<GuideStep>())
            {
                queue.Enqueue(next);
            }
        }

        foreach (var unreachable in guide.Steps.Where(s => !reached.Contains(s.Id)))
        {
            root.Error($"guide '{guide.Id}': step '{unreachable.Id}' cannot be reached from the first step.");
        }
    }
}
