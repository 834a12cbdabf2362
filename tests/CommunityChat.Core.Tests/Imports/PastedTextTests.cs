using CommunityChat.Core.Imports;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>The untidy ways a blog-embed record arrives when pasted (SPEC rule 15a).</summary>
public class PastedTextTests
{
    [Fact]
    public void Page_flattened_into_one_paragraph_is_split_at_each_attribution()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("flattened-page.txt"));

        Assert.Equal(
        [
            "3 Question Q1 @MadalynSklar 2019-06-06 | What does leadership look like online? #TwitterSmarter",
            "3 Answer A1 @genepetrov 2019-06-06 | Serving, not steering. #TwitterSmarter",
            "3 Answer A1 @analima 2019-06-06 | Listening first. #TwitterSmarter",
            "3 Answer A3 @genepetrov 2019-06-06 | Count the conversations you did not start. #TwitterSmarter",
        ], PreviewRows.Posts(preview));
        Assert.Equal(
        [
            "1 Prose: Chat recap",
            "3 Prose: Leadership recap #TwitterSmarter Guest: Gene Petrov Topic: Leadership online. H…",
            "3 Prose: Thanks for reading!",
        ], PreviewRows.Skipped(preview));
        Assert.Equal(["Q1 What does leadership look like online?", "Q3 (missing)"], PreviewRows.Questions(preview));
    }

    [Fact]
    public void Straight_curly_single_and_french_quotes_around_a_tweet_are_removed_and_quotes_inside_kept()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("curly-quotes.txt"));

        Assert.Equal(
        [
            "3 Question Q1 @hostp 2019-06-06 | What makes a community feel safe? #chat",
            "7 Answer A1 @genepetrov 2019-06-06 | Clear rules, kindly enforced. As my mentor said, “be firm and warm.” #chat",
            "10 Answer A1 @analima 2019-06-06 | Moderators who explain their decisions. #chat",
            "13 Answer A1 @ruicosta 2019-06-06 | It’s about trust, and trust takes time. #chat",
            "16 Answer A1 @elodiem 2019-06-06 | Des règles claires, appliquées avec bienveillance. #chat",
            "19 Comment - @priyanair 2019-06-06 | “Leaders” and “managers” are not the same thing. #chat",
        ], PreviewRows.Posts(preview));
        Assert.Equal(["1 Prose: Quotes from the chat", "6 Prose: Gene put it best:"], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Attribution_glued_to_the_last_line_of_the_tweet_ends_it()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("glued-attributions.txt"));

        Assert.Equal(
        [
            "1 Question Q1 @hostp 2019-06-06 | What does a good host do? #chat",
            "2 Answer A1 @genepetrov 2019-06-06 | Welcomes every newcomer by name. #chat",
            "3 Answer A1 @analima 2019-06-06 | Keeps the pace steady.⏎Not too fast. #chat",
            "5 Comment - @ruicosta 2019-06-06 | Great question!#chat",
        ], PreviewRows.Posts(preview));
        Assert.Empty(preview.Skipped);
    }

    [Fact]
    public void Every_dash_before_the_name_is_read_and_a_hyphenated_name_stays_whole()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("dash-variants.txt"));

        Assert.Equal(
        [
            new ImportedAuthor("analima", "Ana Lima"),
            new ImportedAuthor("bobstone", "Bob Stone"),
            new ImportedAuthor("caradiaz", "Cara Diaz"),
            new ImportedAuthor("danwu", "Dan Wu"),
            new ImportedAuthor("eveadams", "Eve Adams"),
            new ImportedAuthor("faylin", "Fay Lin"),
            new ImportedAuthor("gilortiz", "Gil Ortiz"),
            new ImportedAuthor("mklee", "Mary-Kate Lee"),
            new ImportedAuthor("hanasato", "Hana Sato"),
        ], preview.Authors);
        Assert.Equal(
        [
            "em dash #chat", "en dash #chat", "hyphen #chat", "double hyphen #chat", "horizontal bar #chat",
            "em dash without a space #chat", "hyphen without a space #chat", "a hyphenated name #chat", "no dash at all #chat",
        ], preview.Posts.Select(p => p.Text));
        Assert.Empty(preview.Skipped);
    }

    [Fact]
    public void Each_date_form_is_read_and_an_unreadable_date_skips_its_tweet_with_the_attribution_line()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("date-forms.txt"));

        Assert.Equal(
        [
            new DateOnly(2019, 6, 6), new DateOnly(2019, 6, 7), new DateOnly(2019, 6, 8), new DateOnly(2019, 6, 9),
            new DateOnly(2019, 6, 10), new DateOnly(2019, 9, 12), new DateOnly(2019, 6, 13), new DateOnly(2019, 6, 14),
        ], preview.Posts.Select(p => p.Date!.Value));
        Assert.Equal(
        [
            "26 UnreadableLine: — Hana Sato (@hanasato) Junee 15, 2019",
            "29 UnreadableLine: — Ivo Petit (@ivopetit) June 31, 2019",
        ], PreviewRows.Skipped(preview));
        Assert.Equal(new DateOnly(2019, 6, 6), preview.Date);
    }

    [Fact]
    public void Prose_paragraphs_between_tweets_never_glue_onto_the_next_tweet()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("prose-and-multiline.txt"));

        Assert.Equal(
        [
            "8 Question Q1 @hostp 2019-06-06 | What is one habit that makes you a better⏎community member?⏎#chat",
            "15 Answer A1 @analima 2019-06-06 | Reading before replying. #chat",
            "31 Answer A1 @eveadams 2019-06-06 | Asking one more question than I answer. #chat",
            "35 Answer A1 @faylin 2019-06-06 | Listening for what people don't say. #chat",
        ], PreviewRows.Posts(preview));
        Assert.Equal(
        [
            "1 Prose: Our weekly chat, in tweets",
            "3 Prose: It was a lively hour. Many people joined for the first time.",
            "6 Prose: We start, as always, with the host.",
            "13 Prose: Welcome",
            "19 EmptyTweet: — Bob Stone (@bobstone) June 6, 2019",
            "22 EmptyTweet: — Cara Diaz (@caradiaz) June 6, 2019",
            "24 Retweet: RT @analima: A1: Reading before replying. #chat",
            "27 Prose: Some prose that a reader wrote across two lines.",
            "30 Prose: Another paragraph of prose.",
            "34 Prose: ## Answers from the guest",
            "38 Prose: The end.",
        ], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Our_own_recap_in_french_reads_back_with_its_card_quotes_escapes_and_linked_dates()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("recap-writer-fr.txt"));

        Assert.Equal(new ImportCard("Gene Petrov (@genepetrov)", "Le rôle du leadership #communautés",
            "8 questions à l'invité. Tout le monde peut participer."), preview.Card);
        Assert.Equal("genepetrov", preview.GuestHandle);
        Assert.Null(preview.HostHandle);
        Assert.Equal("TwitterSmarterFR", preview.Hashtag);
        Assert.Equal(
        [
            "11 Answer A1 @genepetrov 2019-06-06 | Quelqu'un qui sert la communauté avant de la diriger. #TwitterSmarterFR",
            "15 Answer A1 @ana_lima 2019-06-06 | Quelqu'un qui écoute.⏎Puis qui agit. #TwitterSmarterFR",
            "22 Answer A2b @genepetrov 2019-06-07 | En écrivant les règles avant l'arrivée du premier membre. #TwitterSmarterFR",
            "28 Comment - @MadalynSklar 2019-06-07 | Merci à tous ! #TwitterSmarterFR",
        ], PreviewRows.Posts(preview));
        Assert.Equal("Ana_Lima", preview.Authors[1].DisplayName);
        Assert.Equal(["Q1 (missing)", "Q2 (missing)"], PreviewRows.Questions(preview));
    }

    [Theory]
    [InlineData("Guest: Gene Petrov")]
    [InlineData("GUEST: Gene Petrov")]
    [InlineData("**Guest:** Gene Petrov")]
    [InlineData("**Guest**: Gene Petrov")]
    [InlineData("- guest : _Gene Petrov_")]
    public void Card_guest_line_is_read_in_any_case_and_markdown(string line)
    {
        var preview = ChatImport.ParseText($"{line}\n\nA1: Serving. #chat\n— Gene Petrov (@genepetrov) June 6, 2019");

        Assert.Equal("Gene Petrov", preview.Card.Guest);
        Assert.Equal("genepetrov", preview.GuestHandle);
        Assert.Empty(preview.Skipped);
    }

    [Fact]
    public void Card_guest_matches_the_display_name_it_begins_not_the_handle_and_ignores_case()
    {
        var text = "Guest: gene\n\nA1: Serving. #chat\n— Gene Petrov, PhD (@gp) June 6, 2019\n\nA1: Me too. #chat\n— Ana Lima (@genefan) June 6, 2019";

        Assert.Equal("gp", ChatImport.ParseText(text).GuestHandle);
    }

    [Theory]
    [InlineData("Gene (@genepetrov)", "genepetrov")]
    [InlineData("Gene", "genefan")]
    public void Card_guest_with_a_handle_is_matched_by_it_else_the_matching_name_with_most_answers_wins(string guest, string handle)
    {
        var text = $"Guest: {guest}\n\nA1: x\n— Gene Petrov (@genepetrov) June 6, 2019\n\n"
            + "A1: y\n— Gene Fan (@genefan) June 6, 2019\n\nA2: z\n— Gene Fan (@genefan) June 6, 2019";

        Assert.Equal(handle, ChatImport.ParseText(text).GuestHandle);
    }

    [Fact]
    public void Card_line_after_the_first_thirty_non_empty_lines_is_text_not_card()
    {
        var prose = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i}."));
        var preview = ChatImport.ParseText($"{prose}\n\nTopic: late\n\nA1: x #chat\n— Ana Lima (@analima) June 6, 2019");

        Assert.Null(preview.Card.Topic);
        Assert.Contains(preview.Skipped, s => s is { Reason: ImportSkipReason.Prose, Excerpt: "Topic: late" });
    }

    [Fact]
    public void Card_absent_leaves_guest_unknown()
    {
        var preview = ChatImport.ParseText("A1: x #chat\n— Gene Petrov (@genepetrov) June 6, 2019");

        Assert.Equal(ImportCard.None, preview.Card);
        Assert.Null(preview.GuestHandle);
    }

    [Theory]
    [InlineData("A1: Serving. #chat pic.twitter.com/AbC123", "Serving. #chat")]
    [InlineData("A1: Serving. #chatpic.twitter.com/AbC123", "Serving. #chat")]
    [InlineData("A1: Serving. #chat https://t.co/AbC123", "Serving. #chat")]
    [InlineData("A1: Serving. #chat https://t.co/AbC123 pic.twitter.com/Xy", "Serving. #chat")]
    [InlineData("“A1: Serving. #chat” pic.twitter.com/AbC123", "Serving. #chat")]
    [InlineData("A1: See https://example.org/guide for more. #chat", "See https://example.org/guide for more. #chat")]
    [InlineData("A1: https://t.co/AbC123 explains it. #chat", "https://t.co/AbC123 explains it. #chat")]
    public void Embed_links_at_the_end_are_removed_and_other_links_kept(string tweet, string text) =>
        Assert.Equal(text, ChatImport.ParseText($"{tweet}\n— Ana Lima (@analima) June 6, 2019").Posts.Single().Text);

    [Fact]
    public void Hashtag_anywhere_in_the_tweet_counts_and_the_most_frequent_wins()
    {
        var text = "#chat A1: start #other\n— Ana Lima (@analima) June 6, 2019\n\nA1: middle #chat here\n— Bob Stone (@bobstone) June 6, 2019\n\n#other only\n— Cara Diaz (@caradiaz) June 6, 2019\n\nend #CHAT\n— Dan Wu (@danwu) June 6, 2019";

        Assert.Equal("chat", ChatImport.ParseText(text).Hashtag);
    }

    [Fact]
    public void Hashtag_counts_once_per_post_however_often_the_post_repeats_it()
    {
        var text = "A1: x #other #other #other\n— Ana Lima (@analima) June 6, 2019\n\nA1: y #chat\n— Bob Stone (@bobstone) June 6, 2019\n\nA1: z #chat\n— Cara Diaz (@caradiaz) June 6, 2019";

        Assert.Equal("chat", ChatImport.ParseText(text).Hashtag);
    }

    [Fact]
    public void Hashtag_tie_goes_to_the_tag_seen_first()
    {
        var text = "A1: x #first #second\n— Ana Lima (@analima) June 6, 2019\n\nA1: y #second #first\n— Bob Stone (@bobstone) June 6, 2019";

        Assert.Equal("first", ChatImport.ParseText(text).Hashtag);
    }

    [Fact]
    public void Text_without_any_hashtag_has_none()
    {
        Assert.Null(ChatImport.ParseText("A1: no tag\n— Ana Lima (@analima) June 6, 2019").Hashtag);
    }

    [Fact]
    public void Markdown_quote_markers_and_windows_line_ends_are_read_through()
    {
        var preview = ChatImport.ParseText("> A1: quoted\r\n> on two lines #chat\r\n>\r\n> — Ana Lima (@analima) June 6, 2019\r\n");

        Assert.Equal(["1 Answer A1 @analima 2019-06-06 | quoted⏎on two lines #chat"], PreviewRows.Posts(preview));
    }

    [Fact]
    public void Prose_in_the_line_above_the_tweet_is_split_off_when_the_tweet_line_starts_with_a_label()
    {
        var preview = ChatImport.ParseText("Here is what Ana said about it:\nA1: Listen first. #chat\n— Ana Lima (@analima) June 6, 2019");

        Assert.Equal(["2 Answer A1 @analima 2019-06-06 | Listen first. #chat"], PreviewRows.Posts(preview));
        Assert.Equal(["1 Prose: Here is what Ana said about it:"], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Prose_without_any_attribution_is_no_record() =>
        Assert.Equal(ImportProblem.NoTweetsFound,
            Assert.Throws<ImportException>(() => ChatImport.ParseText("Just a blog post.\n\nNo tweets in it.")).Problem);

    [Fact]
    public void Retweet_pasted_as_text_is_skipped()
    {
        var preview = ChatImport.ParseText("RT @analima: A1: x #chat\n— Bob Stone (@bobstone) June 6, 2019\n\nA1: y #chat\n— Ana Lima (@analima) June 6, 2019");

        Assert.Equal(["1 Retweet: RT @analima: A1: x #chat"], PreviewRows.Skipped(preview));
        Assert.Single(preview.Posts);
    }

    [Fact]
    public void Texts_keep_their_whole_length_past_280_characters()
    {
        var longAnswer = "A1: " + string.Concat(Enumerable.Repeat("Leadership is a practice. ", 40)) + "#chat";

        var post = ChatImport.ParseText($"{longAnswer}\n— Ana Lima (@analima) June 6, 2019").Posts.Single();

        Assert.Equal(longAnswer[4..], post.Text);
        Assert.True(post.Text.Length > 1000);
    }

    [Fact]
    public void A_label_followed_by_a_spaced_dash_or_colon_is_read_as_the_label()
    {
        var preview = ChatImport.ParseText("A1 - dash\n— Ana Lima (@analima) June 6, 2019\n\nA2 : colon\n— Ana Lima (@analima) June 6, 2019");

        Assert.Equal(["A1", "A2"], preview.Posts.Select(p => p.Label));
        Assert.Equal(["dash", "colon"], preview.Posts.Select(p => p.Text));
        Assert.All(preview.Posts, p => Assert.Equal(PostKind.Answer, p.Kind));
    }

    [Fact]
    public void Quoted_tweet_on_the_line_below_prose_is_split_from_it_even_without_a_label()
    {
        var preview = ChatImport.ParseText("Ana said it best:\n“Leaders listen first.”\n— Ana Lima (@analima) June 6, 2019");

        Assert.Equal(["2 Comment - @analima 2019-06-06 | Leaders listen first."], PreviewRows.Posts(preview));
        Assert.Equal(["1 Prose: Ana said it best:"], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Markdown_heading_right_above_a_tweet_is_prose_not_part_of_it()
    {
        var preview = ChatImport.ParseText("## The best answer\nLeaders listen first.\n— Ana Lima (@analima) June 6, 2019");

        Assert.Equal(["2 Comment - @analima 2019-06-06 | Leaders listen first."], PreviewRows.Posts(preview));
        Assert.Equal(["1 Prose: ## The best answer"], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Horizontal_rule_ends_a_paragraph_like_a_blank_line()
    {
        var preview = ChatImport.ParseText("Some intro.\n---\nLeaders listen first.\n— Ana Lima (@analima) June 6, 2019");

        Assert.Equal(["3 Comment - @analima 2019-06-06 | Leaders listen first."], PreviewRows.Posts(preview));
        Assert.Equal(["1 Prose: Some intro."], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Punctuation_left_after_an_attribution_is_not_prose()
    {
        var preview = ChatImport.ParseText("A1: x #chat\n— Ana Lima (@analima) June 6, 2019.\n\nA1: y #chat — Bob Stone (@bobstone) June 6, 2019 )");

        Assert.Equal(2, preview.Posts.Count);
        Assert.Empty(preview.Skipped);
    }

    [Fact]
    public void First_card_line_of_a_kind_wins()
    {
        var preview = ChatImport.ParseText("Guest: Gene Petrov\nGuest: Someone Else\n\nA1: x\n— Gene Petrov (@genepetrov) June 6, 2019");

        Assert.Equal("Gene Petrov", preview.Card.Guest);
    }

    [Fact]
    public void A_handle_mentioned_in_prose_with_a_date_is_no_attribution()
    {
        var preview = ChatImport.ParseText(
            "A1: x #chat\n— Ana Lima (@analima) June 6, 2019\n\nWe met Bob Stone (@bobstone) June 6, 2019 at the conference and loved it.");

        Assert.Single(preview.Posts);
        Assert.Equal(["4 Prose: We met Bob Stone (@bobstone) June 6, 2019 at the conference and loved it."], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void In_a_flattened_line_an_attribution_without_a_dash_after_another_one_stays_text()
    {
        var preview = ChatImport.ParseText("A1: one — Ana Lima (@analima) June 6, 2019 A1: two Bob Stone (@bobstone) June 6, 2019");

        Assert.Equal(["1 Answer A1 @analima 2019-06-06 | one"], PreviewRows.Posts(preview));
        Assert.Equal(["1 Prose: A1: two Bob Stone (@bobstone) June 6, 2019"], PreviewRows.Skipped(preview));
    }
}
