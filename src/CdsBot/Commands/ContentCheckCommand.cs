using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Content.Checks;

namespace CdsBot.Commands;

/// <summary>
/// <c>content check [folder]</c>: every item's, guide's and lesson's facts against its sources, and the house tone. Prints each open finding
/// as "file:line item-id: …" and exits 1 when any is not accepted by the folder's exceptions file. Reads files only;
/// the database is not touched.
/// </summary>
public static class ContentCheckCommand
{
    public static int Run(string folder, TextWriter output, TextWriter error)
    {
        ContentCheckReport report;
        try
        {
            report = ContentCheck.CheckFolder(folder);
        }
        catch (ContentValidationException invalid)
        {
            error.WriteLine($"The content in {folder} cannot be read; fix these first:");
            foreach (var problem in invalid.Errors)
            {
                error.WriteLine("  " + problem);
            }

            return 1;
        }

        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding);
        }

        foreach (var problem in report.Errors)
        {
            output.WriteLine(problem);
        }

        foreach (var unused in report.Unused)
        {
            output.WriteLine($"{AcceptedFindingsReader.FileName}:{unused.Line} {unused.Item}: warning: exception for «{unused.Fact}» accepts no finding; remove it");
        }

        var owners = report.Accepted.Select(a => (a.Finding.Kind, a.Finding.ItemId)).Distinct().ToList();
        var items = owners.Count(o => o.Kind == CheckedKind.Item);
        output.WriteLine($"{report.Findings.Count} findings, {report.Errors.Count} errors; {report.Accepted.Count} accepted by {AcceptedFindingsReader.FileName} ({items} items, {owners.Count - items} guides and lessons).");
        return report.IsClean ? 0 : 1;
    }
}
