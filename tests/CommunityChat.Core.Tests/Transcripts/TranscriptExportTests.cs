using CommunityChat.Core.Transcripts;
using static CommunityChat.Core.Tests.Transcripts.Sample;

namespace CommunityChat.Core.Tests.Transcripts;

public class TranscriptExportTests
{
    private static TranscriptDocument Document(params TranscriptPost[] posts) => new(
        "Leadership in Social Media Communities", "TwitterSmarter", "TwitterSmarter",
        "The Role of Leadership in Social Media Communities", "8 questions directed at the guest.",
        [Guest], Start, Start.AddHours(1), "https://chat.example/c/ts/leadership",
        TranscriptBuilder.Build([Asked(1, "What is leadership?")], posts));

    private static readonly TranscriptDocument Full = Document(
        Question(1, 1, "What is leadership?"),
        Answer(2, Ann, 1, "Serving, \"truly\", others"),
        Answer(3, Guest, 1, "Listening first.\nThen acting."),
        Reply(4, Bob, 3, "=HYPERLINK(\"http://evil\")"),
        Reply(5, Ann, 4, "@bob careful"),
        Comment(6, Bob, "Hello from Paris #TwitterSmarter"));

    [Fact]
    public void Closed_polls_close_the_markdown_and_text_exports_with_their_results()
    {
        var poll = new TranscriptPoll("Best *day* for the chat?", [new("Thursday", 2), new("Friday", 1), new("Sunday", 0)], Start.AddMinutes(30));
        var document = Full with { Polls = [poll] };

        var markdown = TranscriptExport.ToMarkdown(document);
        Assert.EndsWith("## Polls\n\n### Best \\*day\\* for the chat?\n\n- Thursday: 2 votes (67%)\n- Friday: 1 vote (33%)\n- Sunday: 0 votes (0%)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Poll: Best *day* for the chat?\n- Thursday: 2 votes (67%)\n- Friday: 1 vote (33%)\n", TranscriptExport.ToTweetText(document), StringComparison.Ordinal);
        Assert.DoesNotContain("## Polls", TranscriptExport.ToMarkdown(Full), StringComparison.Ordinal);
    }

    [Fact]
    public void Audience_questions_never_asked_end_the_markdown_and_text_exports_with_their_votes()
    {
        var document = Full with
        {
            Suggestions = [new TranscriptSuggestion("Why *not* weekly?", Ann, 3), new TranscriptSuggestion("Any book tips?", Bob, 1)],
        };

        var markdown = TranscriptExport.ToMarkdown(document);
        Assert.EndsWith($"## Audience questions not asked\n\n- {Ann.DisplayName} (@{Ann.Handle}), 3 votes: Why \\*not\\* weekly?\n- {Bob.DisplayName} (@{Bob.Handle}), 1 vote: Any book tips?\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith($"Audience questions not asked:\n- {Ann.DisplayName} (@{Ann.Handle}), 3 votes: Why *not* weekly?\n- {Bob.DisplayName} (@{Bob.Handle}), 1 vote: Any book tips?\n\n", TranscriptExport.ToTweetText(document), StringComparison.Ordinal);
        Assert.DoesNotContain("Audience questions", TranscriptExport.ToMarkdown(Full), StringComparison.Ordinal);
        Assert.DoesNotContain("Why *not*", TranscriptExport.ToCsv(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Flatten_lists_question_guest_answers_answers_depth_first_then_conversation() =>
        Assert.Equal([1L, 3L, 4L, 5L, 2L, 6L], TranscriptExport.Flatten(Full.Transcript).Select(p => p.Id));

    [Fact]
    public void Every_export_holds_the_same_posts()
    {
        var posts = TranscriptExport.Flatten(Full.Transcript).Count();
        var markdown = TranscriptExport.ToMarkdown(Full);
        var text = TranscriptExport.ToTweetText(Full);
        var csvRows = CsvRows(TranscriptExport.ToCsv(Full));

        Assert.Equal(6, posts);
        Assert.Equal(posts, markdown.Split('\n').Count(l => l.TrimStart().StartsWith("— ", StringComparison.Ordinal)));
        Assert.Equal(posts, text.Split('\n').Count(l => l.Contains(" UTC", StringComparison.Ordinal) && l.Contains("(@", StringComparison.Ordinal)));
        Assert.Equal(posts, csvRows.Count(r => r[2] != "card") - 1);
    }

    [Theory]
    [InlineData("Guest: Gene Petrov (@gene)")]
    [InlineData("Topic: The Role of Leadership in Social Media Communities")]
    [InlineData("Format: 8 questions directed at the guest.")]
    [InlineData("https://chat.example/c/ts/leadership")]
    public void Every_export_holds_the_card(string line)
    {
        Assert.Contains(line, TranscriptExport.ToMarkdown(Full), StringComparison.Ordinal);
        Assert.Contains(line, TranscriptExport.ToTweetText(Full), StringComparison.Ordinal);
        Assert.Contains(line, TranscriptExport.ToCsv(Full), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_title_question_heading_and_attributed_answers()
    {
        var md = TranscriptExport.ToMarkdown(Full);
        Assert.StartsWith("# Leadership in Social Media Communities\n", md, StringComparison.Ordinal);
        Assert.Contains("\n## Q1: What is leadership?\n", md, StringComparison.Ordinal);
        Assert.Contains("— Gene Petrov (@gene) · 2019-06-06 17:03 UTC", md, StringComparison.Ordinal);
        Assert.Contains("\n## Conversation\n", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("Listening first.", StringComparison.Ordinal) < md.IndexOf("Serving", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_indents_nested_replies_and_continuation_lines()
    {
        var md = TranscriptExport.ToMarkdown(Full);
        Assert.Contains("\n- **A1** Listening first.\n  Then acting.\n", md, StringComparison.Ordinal);
        Assert.Contains("\n  - =HYPERLINK", md, StringComparison.Ordinal);
        Assert.Contains("\n    - @bob careful", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_starts_with_the_agreed_header() =>
        Assert.StartsWith(
            "sequence,id,kind,label,question,part,replyToId,handle,displayName,role,createdAt,likes,highlighted,text\r\n",
            TranscriptExport.ToCsv(Full), StringComparison.Ordinal);

    [Fact]
    public void Csv_quotes_commas_quotes_and_newlines()
    {
        var csv = TranscriptExport.ToCsv(Full);
        Assert.Contains(",\"Serving, \"\"truly\"\", others\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Listening first.\nThen acting.\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_round_trips_every_field_of_a_post()
    {
        var row = CsvRows(TranscriptExport.ToCsv(Full)).Single(r => r[1] == "3");
        Assert.Equal(["3", "3", "answer", "A1", "1", "", "", "gene", "Gene Petrov", "guest", "2019-06-06T17:03:00Z", "0", "false", "Listening first.\nThen acting."], row);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void Csv_neutralises_spreadsheet_formulas(string text)
    {
        var doc = Document(Comment(1, Ann, text));
        var row = CsvRows(TranscriptExport.ToCsv(doc)).Last();
        Assert.Equal("'" + text, row[^1]);
    }

    [Fact]
    public void Csv_leaves_ordinary_text_alone()
    {
        var row = CsvRows(TranscriptExport.ToCsv(Document(Comment(1, Ann, "Plain words")))).Last();
        Assert.Equal("Plain words", row[^1]);
    }

    [Fact]
    public void Tweet_text_has_one_block_per_post_with_label_and_hashtag()
    {
        var text = TranscriptExport.ToTweetText(Full);
        Assert.Contains("Madalyn Sklar (@madalyn) · 2019-06-06 17:01 UTC\nQ1: What is leadership? #TwitterSmarter\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Ann Lee (@ann) · 2019-06-06 17:02 UTC\nA1: Serving, \"truly\", others #TwitterSmarter\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Ann Lee (@ann) · 2019-06-06 17:05 UTC\n@bob careful #TwitterSmarter\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tweet_text_does_not_repeat_a_hashtag_the_post_already_has() =>
        Assert.Contains("Hello from Paris #TwitterSmarter\n\n", TranscriptExport.ToTweetText(Full), StringComparison.Ordinal);

    /// <summary>A small RFC 4180 reader, so the tests check what a spreadsheet would see.</summary>
    private static List<string[]> CsvRows(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
