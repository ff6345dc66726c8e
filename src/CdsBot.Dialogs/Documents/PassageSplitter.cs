using System.Text;
using System.Text.RegularExpressions;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Documents;

/// <summary>
/// Splits a document's text along its own structure into <see cref="Passage"/>s.
/// <list type="bullet">
/// <item>Headings: "PHỤ LỤC", "Chương I", Roman "I." / "II-", "Điều 3.", "Khoản 2", "1.", "1.1", "a)". A heading
/// closes the open headings at its depth or deeper; the path shows each as its label and first words
/// ("II. Nội dung thực hiện › 1. Nội dung tuyên truyền"), titles in capitals in sentence case. A numbered line that
/// goes on to say something ("2. Sở Tài chính: Chủ trì …") is a heading and the first text under it.</item>
/// <item>Text under one heading path is packed into passages of whole paragraphs and bullets, at most
/// <see cref="MaxLength"/> characters; a longer paragraph is split at sentence ends (see <see cref="Sentences"/>).</item>
/// <item>A table row is a passage of its own, whole, each cell named by its column ("Đơn vị thực hiện: Sở Công
/// Thương"); a repeated header row is skipped and a row of only a Roman numeral and a title groups the rows below it.</item>
/// <item>The opening lines before the first heading (number, place and date, title, the basis it implements) are
/// kept, as the first passages with an empty heading path: questions ask when a document was issued and on whose
/// proposal. The closing "Trên đây là …" paragraph also stands under no heading.</item>
/// <item>"Nơi nhận" (recipients) is a heading of its own; the signing block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and
/// the signer's name, which may come after the recipients) is one passage under "Người ký".</item>
/// </list>
/// </summary>
public static partial class PassageSplitter
{
    /// <summary>The longest passage, in characters.</summary>
    public const int MaxLength = 600;

    /// <summary>The heading path of the signing block.</summary>
    public const string SignerHeading = "Người ký";

    /// <summary>The passages of <paramref name="text"/>, the text of the document numbered <paramref name="documentNumber"/>, in order.</summary>
    public static IReadOnlyList<Passage> Split(string documentNumber, string text)
    {
        var builder = new Builder(documentNumber);
        var blocks = TextBlocks.Read(DocumentText.Normalize(text));
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            switch (block.Kind)
            {
                case TextBlockKind.TableRow:
                    builder.Row(block.Cells);
                    break;
                case TextBlockKind.Heading when Heading.TryParse(block.Text, out var heading, out var body):
                    if (heading.Level == Heading.AppendixLevel && heading.Title.Length == 0 && b + 1 < blocks.Count && IsTitleLine(blocks[b + 1]))
                    {
                        heading = heading with { Title = Heading.Shorten(blocks[b + 1].Text) };
                    }

                    builder.Open(heading);
                    if (body is not null)
                    {
                        builder.Add(body);
                    }

                    break;
                default:
                    builder.Text(block);
                    break;
            }
        }

        return builder.Finish();
    }

    private static bool IsTitleLine(TextBlock block) =>
        block.Kind == TextBlockKind.Paragraph && block.Text.Length <= 200 && !block.Text.EndsWith('.');

    /// <summary>Walks the blocks, keeping the open headings, the text gathered for the current passage and a pending signature.</summary>
    private sealed class Builder(string documentNumber)
    {
        private readonly string _slug = DocumentSlug.Of(documentNumber);
        private readonly List<Passage> _passages = [];
        private readonly List<Heading> _open = [];
        private readonly StringBuilder _current = new();
        private string _currentPath = "";
        private IReadOnlyList<string>? _header;
        private string? _signature;

        public void Open(Heading heading)
        {
            EndTable();
            _open.RemoveAll(h => h.Level >= heading.Level);
            _open.Add(heading);
        }

        public void Text(TextBlock block)
        {
            EndTable();
            var text = block.Text;
            if (block.Kind == TextBlockKind.Paragraph && Authority().IsMatch(text) && text.Length <= 120)
            {
                Flush();
                _signature = text.Length > 0 ? string.Join(", ", block.Lines) : null;
                return;
            }

            if (_signature is not null && block.Kind == TextBlockKind.Paragraph && PersonName().IsMatch(text))
            {
                Flush();
                Emit(SignerHeading, $"{_signature}: {text}");
                _signature = null;
                return;
            }

            if (block.Kind == TextBlockKind.Paragraph && Recipients().Match(text) is { Success: true } recipients)
            {
                _open.Clear();
                _open.Add(new Heading(Heading.AppendixLevel, "Nơi nhận", ""));
                if (recipients.Groups[1].Value.Trim() is { Length: > 0 } rest)
                {
                    Add(rest);
                }

                return;
            }

            if (block.Kind == TextBlockKind.Paragraph && text.StartsWith("Trên đây là", StringComparison.Ordinal))
            {
                _open.Clear();
            }

            Add(text);
        }

        /// <summary>A table row: the header is remembered, a group row opens a heading, any other row is a passage.</summary>
        public void Row(IReadOnlyList<string> cells)
        {
            if (_header is not null && cells.SequenceEqual(_header))
            {
                return;
            }

            var filled = cells.Count(c => c.Length > 0);
            if (_header is null && !char.IsDigit(cells[0].FirstOrDefault()) && Heading.RomanLabel(cells[0]) is null)
            {
                _header = cells;
                return;
            }

            if (Heading.RomanLabel(cells[0]) is { } group && filled == 2 && cells[1].Length > 0)
            {
                _open.RemoveAll(h => h.Level >= Heading.TableGroupLevel);
                _open.Add(new Heading(Heading.TableGroupLevel, group, Heading.Shorten(cells[1])));
                return;
            }

            Flush();
            var named = cells
                .Select((cell, i) => (Cell: cell, Name: _header is not null && i < _header.Count && _header[i].Length > 0 ? _header[i] : null))
                .Where(c => c.Cell.Length > 0)
                .Select(c => c.Name is null ? c.Cell : $"{c.Name}: {c.Cell}");
            Add(string.Join(" | ", named));
            Flush();
        }

        /// <summary>Adds a paragraph or bullet to the current passage, starting a new one when the heading path changed or it does not fit.</summary>
        public void Add(string text)
        {
            var path = string.Join(" › ", _open);
            if (path != _currentPath)
            {
                Flush();
                _currentPath = path;
            }

            var pieces = text.Length <= MaxLength
                ? [text]
                : Sentences.Split(text).SelectMany(s => s.Length <= MaxLength ? [s] : Sentences.Cut(s, MaxLength)).ToList();
            for (var p = 0; p < pieces.Count; p++)
            {
                var separator = p == 0 ? "\n" : " ";
                if (_current.Length > 0 && _current.Length + separator.Length + pieces[p].Length > MaxLength)
                {
                    Flush();
                }

                _current.Append(_current.Length > 0 ? separator : "").Append(pieces[p]);
            }
        }

        public List<Passage> Finish()
        {
            Flush();
            if (_signature is not null)
            {
                Emit(SignerHeading, _signature);
            }

            return _passages;
        }

        private void EndTable()
        {
            if (_header is not null)
            {
                _header = null;
                _open.RemoveAll(h => h.Level >= Heading.TableGroupLevel);
            }
        }

        private void Flush()
        {
            if (_current.Length > 0)
            {
                Emit(_currentPath, _current.ToString());
                _current.Clear();
            }
        }

        private void Emit(string path, string text) =>
            _passages.Add(new Passage($"{_slug}#{_passages.Count}", documentNumber, _passages.Count, path, text));
    }

    // Who signs for whom: "KT. CHỦ TỊCH", "K/T TRƯỞNG BAN", "TM. BAN THƯỜNG VỤ", "T/M …", "TL.", "TUQ.", "Q. …".
    [GeneratedRegex(@"^(?:K/T|KT\.?|TM\.?|T/M|TL\.?|TUQ\.?|Q\.)\s*\p{Lu}{2,}")]
    private static partial Regex Authority();

    // A signer's name: two to five capitalized words and nothing else ("Trần Thị Bích Hằng").
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^Nơi nhận\s*:?(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Recipients();
}
