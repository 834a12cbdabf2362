using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Core.Recaps;
using CommunityChat.Core.Tests.Transcripts;
using CommunityChat.Core.Transcripts;

namespace CommunityChat.Core.Tests.Recaps;

public class RecapWriterTests
{
    private static readonly RecapLabels English = new("Guest:", "Guests:", "Topic:", "Format:", "More highlights");
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    [Fact]
    public void Draft_has_the_card_every_asked_question_and_its_starred_answers_guest_first_with_attribution_lines()
    {
        var markdown = Write(
            Sample.Question(1, 1, "What makes a leader?"),
            Sample.Answer(2, Sample.Ann, 1, "Listening", highlighted: true),
            Sample.Answer(3, Sample.Guest, 1, "Consistency and care", highlighted: true),
            Sample.Answer(4, Sample.Bob, 1, "Not starred"),
            Sample.Question(5, 2, "What keeps members?"));

        Assert.Equal(
            """
            # Leadership chat

            **Guest:** Gene Petrov (@gene)

            **Topic:** The Role of Leadership

            **Format:** 2 questions for the guest

            ## Q1: What makes a leader?

            > A1: Consistency and care
            >
            > — Gene Petrov (@gene) [June 6, 2019](https://chat.example.org/c/smarter/leaders#post-3)

            > A1: Listening
            >
            > — Ann Lee (@ann) [June 6, 2019](https://chat.example.org/c/smarter/leaders#post-2)

            ## Q2: What keeps members?

            """.ReplaceLineEndings("\n"),
            markdown);
    }

    [Fact]
    public void A_post_over_several_lines_stays_one_quote_and_starred_comments_close_the_recap()
    {
        var markdown = Write(
            Sample.Question(1, 1, "Q?"),
            Sample.Answer(2, Sample.Guest, 1, "First line\nsecond line", highlighted: true),
            Sample.Comment(3, Sample.Bob, "Thanks all! #chat", highlighted: true));

        Assert.Contains("> A1: First line\n> second line\n>\n> — Gene Petrov (@gene)", markdown, StringComparison.Ordinal);
        Assert.EndsWith("## More highlights\n\n> Thanks all! #chat\n>\n> — Bob Roe (@bob) [June 6, 2019](https://chat.example.org/c/smarter/leaders#post-3)\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "June 6, 2019")]
    [InlineData("fr", "6 juin 2019")]
    [InlineData("zh-Hans", "2019年6月6日")]
    public void The_date_speaks_the_moderators_language_without_a_weekday(string culture, string expected) =>
        Assert.Equal(expected, RecapWriter.Date(Sample.Start, Utc, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void The_date_is_the_day_in_the_communitys_time_zone()
    {
        var lateEvening = new DateTimeOffset(2019, 6, 7, 2, 30, 0, TimeSpan.Zero);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        Assert.Equal("June 6, 2019", RecapWriter.Date(lateEvening, newYork, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Names_are_escaped_so_they_cannot_become_markup()
    {
        var mallory = new TranscriptAuthor("mallory", "*[click](javascript:x)*", AuthorRole.Participant);
        var markdown = Write(Sample.Question(1, 1, "Q?"), Sample.Answer(2, mallory, 1, "Hi", highlighted: true));
        var html = PostMarkdown.ToHtml(markdown);

        Assert.Contains(@"\*\[click\](javascript:x)\*", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html.Replace("(javascript:x)", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_post_ids_are_read_back_from_the_permalinks()
    {
        var markdown = Write(
            Sample.Question(1, 1, "Q?"),
            Sample.Answer(12, Sample.Guest, 1, "One", highlighted: true),
            Sample.Answer(13, Sample.Ann, 1, "Two", highlighted: true));

        Assert.Equal([12L, 13L], RecapWriter.QuotedPostIds(markdown + "\nEdited by hand: see #post-12 again"));
    }

    [Fact]
    public void The_recap_ends_by_thanking_everyone_who_took_part_once_in_the_order_they_first_posted_newcomers_marked_host_aside()
    {
        var thanks = new RecapThanks("Thank you to everyone who took part:", "first chat", new HashSet<string>(["BOB"], StringComparer.OrdinalIgnoreCase));

        var markdown = WriteWith(thanks,
            Sample.Comment(1, Sample.Host, "Welcome!"),
            Sample.Question(2, 1, "What makes a leader?"),
            Sample.Comment(3, Sample.Bob, "Hi, first time here"),
            Sample.Answer(4, Sample.Guest, 1, "Consistency"),
            Sample.Answer(5, Sample.Ann, 1, "Listening"),
            Sample.Reply(6, Sample.Bob, 5, "So true"));

        Assert.EndsWith("\n\nThank you to everyone who took part: @bob (first chat), @gene, @ann\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recap_without_thanks_or_without_anyone_to_thank_has_no_thank_you_line()
    {
        var thanks = new RecapThanks("Thank you to everyone who took part:", "first chat", new HashSet<string>());

        Assert.DoesNotContain("Thank you", Write(Sample.Answer(1, Sample.Ann, 1, "Listening")), StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you", WriteWith(thanks, Sample.Comment(1, Sample.Host, "Nobody came")), StringComparison.Ordinal);
    }

    private static string Write(params TranscriptPost[] posts) => WriteWith(null, posts);

    private static string WriteWith(RecapThanks? thanks, params TranscriptPost[] posts)
    {
        var questions = posts.Where(p => p.Kind == PostKind.Question).Select(p => Sample.Asked(p.QuestionNumber!.Value, p.Text));
        var document = new TranscriptDocument("Leadership chat", "Smarter", "TwitterSmarter", "The Role of Leadership",
            "2 questions for the guest", [Sample.Guest], Sample.Start, Sample.Start.AddHours(1), "/c/smarter/leaders",
            TranscriptBuilder.Build(questions, posts));
        return RecapWriter.Write(document, English, "https://chat.example.org/", Utc, CultureInfo.GetCultureInfo("en"), thanks);
    }
}
