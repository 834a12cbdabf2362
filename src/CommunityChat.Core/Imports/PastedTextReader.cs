namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads a record pasted in the blog-embed form (SPEC rule 15a): each tweet's text, then its attribution line.
/// </summary>
/// <remarks>
/// A tweet is the paragraph (lines with no blank line between) directly above its attribution, or, when the
/// attribution stands after a blank line, the paragraph above that; every other paragraph since the previous
/// attribution is prose, so blog text never glues onto the next tweet. Inside that paragraph, when a later line opens
/// with a label or with the quote that closes the paragraph ("Gene put it best:" / "“A1: …”"), the lines above it are
/// prose too. Markdown headings are prose on their own; card lines among the first 30 non-empty lines fill the card;
/// embed leftovers ("pic.twitter.com/abc" alone) vanish. In a page flattened into one line, the text before the first
/// attribution is split the same way, at the first label or opening quote.
/// </remarks>
internal sealed class PastedTextReader
{
    private const int CardLines = 30;

    private readonly List<SourceTweet> _tweets = [];
    private readonly List<ImportSkip> _skipped = [];
    private readonly List<Paragraph> _pending = [];
    private readonly Dictionary<CardLine.Key, string?> _card = [];
    private Paragraph? _current;
    private int _nonEmpty;

    public static ImportPreview Read(string text)
    {
        var reader = new PastedTextReader();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            reader.ReadLine(i + 1, lines[i]);
        }

        reader.LeaveAsProse(except: null);
        var card = new ImportCard(reader.Card(CardLine.Key.Guest), reader.Card(CardLine.Key.Topic), reader.Card(CardLine.Key.Format));
        return ChatAssembly.Build(card, reader._tweets, reader._skipped, sortByTime: false);
    }

    private string? Card(CardLine.Key key) => _card.GetValueOrDefault(key);

    private void ReadLine(int number, string raw)
    {
        var line = WithoutQuoteMarkers(raw);
        if (line.Length == 0 || IsRule(line))
        {
            _current = null;
            return;
        }

        if (PastedTweetText.IsLeftover(line))
        {
            return;
        }

        if (++_nonEmpty <= CardLines && CardLine.TryRead(line, out var key, out var value))
        {
            if (Card(key) is null)
            {
                _card[key] = value;
            }

            _current = null;
            return;
        }

        if (IsHeading(line))
        {
            _current = null;
            _pending.Add(new Paragraph(heading: true).With(number, line));
            return;
        }

        var attributions = AttributionScanner.Find(line);
        var from = 0;
        for (var k = 0; k < attributions.Count; k++)
        {
            var attribution = attributions[k];
            AddText(number, line[from..attribution.Start]);
            Attribute(number, line, attribution, flattened: k == 0 && attributions.Count > 1);
            from = attribution.End;
        }

        AddText(number, line[from..]);
    }

    private void AddText(int number, string piece)
    {
        var text = piece.Trim();
        if (!text.Any(char.IsLetterOrDigit))
        {
            return;
        }

        if (_current is null)
        {
            _current = new Paragraph(heading: false);
            _pending.Add(_current);
        }

        _current.With(number, text);
    }

    private void Attribute(int number, string line, Attribution attribution, bool flattened)
    {
        var paragraph = _current ?? (_pending.Count > 0 && !_pending[^1].Heading ? _pending[^1] : null);
        LeaveAsProse(except: paragraph);
        _current = null;
        if (attribution.Date is not { } date)
        {
            _skipped.Add(new ImportSkip(number, ImportSkipReason.UnreadableLine, Excerpt.Of(line[attribution.Start..])));
            return;
        }

        if (paragraph is null)
        {
            _skipped.Add(new ImportSkip(number, ImportSkipReason.EmptyTweet, Excerpt.Of(line[attribution.Start..attribution.End])));
            return;
        }

        var (prose, tweet) = Split(paragraph.Lines, flattened);
        if (prose.Count > 0)
        {
            _skipped.Add(new ImportSkip(prose[0].Line, ImportSkipReason.Prose, Excerpt.Of(string.Join('\n', prose.Select(l => l.Text)))));
        }

        var raw = string.Join('\n', tweet.Select(l => l.Text));
        var text = PastedTweetText.Clean(raw);
        if (text.Length == 0)
        {
            _skipped.Add(new ImportSkip(tweet[0].Line, ImportSkipReason.EmptyTweet, Excerpt.Of(raw)));
            return;
        }

        _tweets.Add(new SourceTweet(tweet[0].Line, null, attribution.Author, date, null, text, null));
    }

    private void LeaveAsProse(Paragraph? except)
    {
        foreach (var paragraph in _pending.Where(p => p != except))
        {
            _skipped.Add(new ImportSkip(paragraph.Lines[0].Line, ImportSkipReason.Prose, Excerpt.Of(paragraph.Text)));
        }

        _pending.Clear();
    }

    /// <summary>Splits off the prose that stands above the tweet inside its paragraph (see the remarks).</summary>
    private static (List<(int Line, string Text)> Prose, List<(int Line, string Text)> Tweet) Split(
        List<(int Line, string Text)> lines, bool flattened)
    {
        if (StartsTweet(lines[0].Text))
        {
            return ([], lines);
        }

        var joined = string.Join('\n', lines.Select(l => l.Text));
        var quoted = PastedTweetText.OpeningOfLastQuote(joined);
        var offset = lines[0].Text.Length + 1;
        for (var k = 1; k < lines.Count; offset += lines[k].Text.Length + 1, k++)
        {
            if (StartsTweet(lines[k].Text) || quoted == offset)
            {
                return (lines[..k], lines[k..]);
            }
        }

        if (flattened && lines.Count == 1)
        {
            var (line, text) = lines[0];
            for (var p = 1; p < text.Length; p++)
            {
                if (char.IsWhiteSpace(text[p - 1]) && (TweetLabel.StrictLabelAt(text, p) || p == quoted))
                {
                    return ([(line, text[..p].Trim())], [(line, text[p..])]);
                }
            }
        }

        return ([], lines);
    }

    private static bool StartsTweet(string text) =>
        TweetLabel.StartsWithLabel(text)
        || (text.Length > 1 && PastedTweetText.IsOpeningQuote(text[0]) && TweetLabel.StartsWithLabel(text[1..]));

    /// <summary>The line without Markdown quote markers ("> ", as our recap writer quotes tweets) and outer white space.</summary>
    private static string WithoutQuoteMarkers(string raw)
    {
        var span = raw.AsSpan().Trim();
        while (span.Length > 0 && span[0] == '>')
        {
            span = span[1..].TrimStart();
        }

        return span.ToString();
    }

    private static bool IsHeading(string line)
    {
        var hashes = line.Length - line.AsSpan().TrimStart('#').Length;
        return hashes is >= 1 and <= 6 && (hashes == line.Length || line[hashes] == ' ');
    }

    private static bool IsRule(string line) =>
        line.Length >= 3 && line.All(c => c is '-' or '=' or '*' or '_' or ' ') && line.Count(c => c != ' ') >= 3;

    private sealed class Paragraph(bool heading)
    {
        public bool Heading { get; } = heading;

        public List<(int Line, string Text)> Lines { get; } = [];

        public string Text => string.Join('\n', Lines.Select(l => l.Text));

        public Paragraph With(int line, string text)
        {
            Lines.Add((line, text));
            return this;
        }
    }
}
