using CommunityChat.Core.Imports;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>A #TwitterSmarter-style recap blog post pasted whole: prose, card, headings, 8 questions, lettered answers.</summary>
public class PastedRecapTests
{
    private static readonly ImportPreview Recap = ChatImport.ParseText(SampleFile.Read("twittersmarter-recap.txt"));

    [Fact]
    public void Card_is_read_from_its_markdown_lines()
    {
        Assert.Equal(new ImportCard("Gene Petrov", "The Role of Leadership in Social Media Communities",
            "8 questions directed at the guest. Everyone's welcome to share."), Recap.Card);
    }

    [Fact]
    public void Guest_is_the_author_whose_display_name_begins_with_the_card_name_and_host_asks_the_questions()
    {
        Assert.Equal("genepetrov", Recap.GuestHandle);
        Assert.Equal("MadalynSklar", Recap.HostHandle);
    }

    [Fact]
    public void Hashtag_and_date_come_from_the_tweets()
    {
        Assert.Equal("TwitterSmarter", Recap.Hashtag);
        Assert.Equal(new DateOnly(2019, 6, 6), Recap.Date);
    }

    [Fact]
    public void Questions_lose_label_and_hashtag_and_the_one_whose_tweet_is_missing_is_marked()
    {
        Assert.Equal(
        [
            "Q1 What does leadership look like in a social media community?",
            "Q2 How do you set the tone for a new community?",
            "Q3 What mistakes do community leaders make most often?",
            "Q4 How do you handle conflict between members?",
            "Q5 Which tools help you lead a community on Twitter?",
            "Q6 How do you grow new leaders from within?",
            "Q7 (missing)",
            "Q8 What's one thing every community leader should do this week?",
        ], PreviewRows.Questions(Recap));
        Assert.Equal(string.Empty, Recap.Questions[6].Text);
    }

    [Fact]
    public void Every_tweet_becomes_a_post_with_its_label_author_date_kind_and_text()
    {
        Assert.Equal(
        [
            "16 Question Q1 @MadalynSklar 2019-06-06 | What does leadership look like in a social media community? #TwitterSmarter",
            "21 Answer A1a @genepetrov 2019-06-06 | Leadership in a community is about serving, not steering. You set the tone and then get out of the way. #TwitterSmarter",
            "24 Answer A1b @genepetrov 2019-06-06 | It also means showing up. People follow the ones who are there every single week. #TwitterSmarter",
            "29 Answer A1 @analima 2019-06-06 | A leader listens more than they talk. #TwitterSmarter",
            "32 Comment - @ruicosta 2019-06-06 | So happy to be here tonight! Hello from Lisbon 👋 #TwitterSmarter",
            "37 Question Q2 @MadalynSklar 2019-06-06 | How do you set the tone for a new community? #TwitterSmarter",
            "40 Answer A2 @genepetrov 2019-06-06 | Write your rules down before the first member arrives.⏎Then live by them in public, every day.⏎#TwitterSmarter",
            "45 Answer A2b @genepetrov 2019-06-06 | And welcome every newcomer by name. It costs nothing and people remember it. #TwitterSmarter",
            "52 Question Q3 @MadalynSklar 2019-06-06 | What mistakes do community leaders make most often? #TwitterSmarter",
            "55 Answer A3 @genepetrov 2019-06-06 | Trying to answer every question themselves. Let members help each other. #TwitterSmarter",
            "58 Answer A3 @analima 2019-06-06 | Disappearing for weeks and then expecting engagement. #TwitterSmarter",
            "63 Question Q4 @MadalynSklar 2019-06-06 | How do you handle conflict between members? #TwitterSmarter",
            "66 Answer A4 @genepetrov 2019-06-06 | Privately first, publicly only when the rules were broken in public. #TwitterSmarter",
            "71 Question Q5 @MadalynSklar 2019-06-06 | Which tools help you lead a community on Twitter? #TwitterSmarter",
            "74 Answer A5 @genepetrov 2019-06-06 | Lists, saved searches and a shared calendar. Nothing fancy. #TwitterSmarter",
            "77 Answer A5 @priyanair 2019-06-06 | TweetDeck columns for the hashtag and for mentions. #TwitterSmarter",
            "82 Question Q6 @MadalynSklar 2019-06-06 | How do you grow new leaders from within? #TwitterSmarter",
            "85 Answer A6 @genepetrov 2019-06-06 | Give people small jobs with real ownership, then bigger ones. #TwitterSmarter",
            "92 Answer A7 @genepetrov 2019-06-06 | Count the conversations members start without you. That's the health of a community. #TwitterSmarter",
            "97 Question Q8 @MadalynSklar 2019-06-06 | What's one thing every community leader should do this week? #TwitterSmarter",
            "100 Answer A8 @genepetrov 2019-06-06 | Thank someone in public. #TwitterSmarter",
            "103 Comment - @priyanair 2019-06-06 | Great chat everyone! Thank you @genepetrov for sharing so much wisdom tonight. #TwitterSmarter",
        ], PreviewRows.Posts(Recap));
    }

    [Fact]
    public void Pasted_posts_have_no_source_id_no_exact_time_and_no_parent()
    {
        Assert.All(Recap.Posts, p => Assert.Null(p.SourceId));
        Assert.All(Recap.Posts, p => Assert.Null(p.At));
        Assert.All(Recap.Posts, p => Assert.Null(p.ReplyToSourceId));
    }

    [Fact]
    public void Lettered_answers_keep_question_number_and_part()
    {
        var a1b = Recap.Posts.Single(p => p.Label == "A1b");
        Assert.Equal(1, a1b.QuestionNumber);
        Assert.Equal('b', a1b.Part);
        var q3 = Recap.Posts.Single(p => p.Label == "Q3");
        Assert.Equal(3, q3.QuestionNumber);
        Assert.Null(q3.Part);
    }

    [Fact]
    public void Prose_title_intro_and_headings_are_skipped_once_each_with_their_line()
    {
        Assert.Equal(
        [
            "1 Prose: # The Role of Leadership in Social Media Communities",
            "3 Prose: Posted on June 7, 2019 by Madalyn Sklar",
            "5 Prose: This week's #TwitterSmarter chat was a special one. We talked about what it tak…",
            "12 Prose: Here's a recap of the chat, with the best answers from Gene and the community.",
            "14 Prose: ## Q1",
            "19 Prose: Gene kicked things off with a two-parter:",
            "27 Prose: The community agreed:",
            "35 Prose: ## Q2",
            "50 Prose: ## Q3",
            "61 Prose: ## Q4",
            "69 Prose: ## Q5",
            "80 Prose: ## Q6",
            "88 Prose: ## Q7",
            "90 Prose: Madalyn's seventh question was about measuring success, and Gene's answer was m…",
            "95 Prose: ## Q8",
            "106 Prose: Thanks to Gene and to everyone who joined. See you next Thursday at 10am PT for…",
        ], PreviewRows.Skipped(Recap));
        Assert.All(Recap.Skipped, s => Assert.True(s.Excerpt.Length <= 80));
    }

    [Fact]
    public void Authors_are_listed_once_in_order_of_first_appearance_with_emoji_kept()
    {
        Assert.Equal(
        [
            new ImportedAuthor("MadalynSklar", "Madalyn Sklar 🌟"),
            new ImportedAuthor("genepetrov", "Gene Petrov"),
            new ImportedAuthor("analima", "Ana Lima"),
            new ImportedAuthor("ruicosta", "Rui Costa"),
            new ImportedAuthor("priyanair", "Priya Nair"),
        ], Recap.Authors);
    }

    [Fact]
    public void Same_record_pasted_with_other_prose_quotes_and_line_breaks_has_the_same_fingerprint()
    {
        var reposted = ChatImport.ParseText(SampleFile.Read("twittersmarter-recap-reposted.txt"));

        Assert.NotEqual(PreviewRows.Skipped(Recap), PreviewRows.Skipped(reposted));
        Assert.Equal(Recap.Fingerprint, reposted.Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", Recap.Fingerprint);
    }

    [Fact]
    public void A_different_record_has_a_different_fingerprint()
    {
        var oneAnswerChanged = SampleFile.Read("twittersmarter-recap.txt").Replace("Thank someone in public.", "Thank two people in public.", StringComparison.Ordinal);

        Assert.NotEqual(Recap.Fingerprint, ChatImport.ParseText(oneAnswerChanged).Fingerprint);
        Assert.NotEqual(Recap.Fingerprint, ChatImport.ParseText(SampleFile.Read("lettering.txt")).Fingerprint);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_the_same_fingerprint() =>
        Assert.Equal(Recap.Fingerprint, ChatImport.ParseText(SampleFile.Read("twittersmarter-recap.txt")).Fingerprint);
}
