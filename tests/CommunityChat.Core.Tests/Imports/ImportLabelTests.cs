using CommunityChat.Core.Imports;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>Labels read as rule 3, letters that never refuse, and who counts as the host (SPEC rules 3 and 15).</summary>
public class ImportLabelTests
{
    private static string Tweet(string text, string handle = "analima", string name = "Ana Lima") =>
        $"{text}\n— {name} (@{handle}) June 6, 2019\n\n";

    [Theory]
    [InlineData("Q1 text", "Q1")]
    [InlineData("Q1: text", "Q1")]
    [InlineData("Q1. text", "Q1")]
    [InlineData("Q1) text", "Q1")]
    [InlineData("Q1 - text", "Q1")]
    [InlineData("q1: text", "Q1")]
    [InlineData("A1 text", "A1")]
    [InlineData("A1: text", "A1")]
    [InlineData("A1a: text", "A1a")]
    [InlineData("A1 - text", "A1")]
    [InlineData("A1) text", "A1")]
    [InlineData("a1: text", "A1")]
    [InlineData("a1B. text", "A1b")]
    [InlineData("A01: text", "A1")]
    public void Labels_are_read_and_normalised_as_rule_3_says(string tweet, string label)
    {
        var post = ChatImport.ParseText(Tweet(tweet)).Posts.Single();

        Assert.Equal(label, post.Label);
        Assert.Equal("text", post.Text);
    }

    [Theory]
    [InlineData("Q1/8 text")]
    [InlineData("A1bc text")]
    [InlineData("Apple pie")]
    [InlineData("I liked A1: a lot")]
    [InlineData("Q0: nothing")]
    public void Text_without_a_leading_label_is_a_comment(string tweet)
    {
        var post = ChatImport.ParseText(Tweet(tweet)).Posts.Single();

        Assert.Equal(PostKind.Comment, post.Kind);
        Assert.Null(post.Label);
        Assert.Equal(tweet, post.Text);
    }

    [Fact]
    public void Repeated_answers_get_the_next_free_letter_and_only_the_host_asks_questions()
    {
        var preview = ChatImport.ParseText(SampleFile.Read("lettering.txt"));

        Assert.Equal(
        [
            "1 Question Q1 @hostp 2019-06-06 | First question #chat",
            "4 Answer A1 @genepetrov 2019-06-06 | first #chat",
            "7 Answer A1b @genepetrov 2019-06-06 | second, unlettered #chat",
            "10 Answer A1c @genepetrov 2019-06-06 | a letter the first answer took #chat",
            "13 Answer A1a @analima 2019-06-06 | Ana's own a #chat",
            "16 Answer A1b @analima 2019-06-06 | Ana's a again #chat",
            "19 Answer A2c @genepetrov 2019-06-06 | starts at c #chat",
            "22 Answer A2d @genepetrov 2019-06-06 | unlettered after c #chat",
            "25 Comment - @hostp 2019-06-06 | Q1: First question again, posted twice #chat",
            "28 Comment - @analima 2019-06-06 | Q2: Can I ask the guest something too? #chat",
        ], PreviewRows.Posts(preview));
        Assert.Equal(["31 DuplicateTweet: A1: first #chat"], PreviewRows.Skipped(preview));
        Assert.Equal("hostp", preview.HostHandle);
        Assert.Equal(["Q1 First question", "Q2 (missing)"], PreviewRows.Questions(preview));
    }

    [Fact]
    public void Host_is_whoever_posted_the_most_question_tweets()
    {
        var text = Tweet("Q1: one", "ana") + Tweet("Q1: one", "host", "Host") + Tweet("Q2: two", "host", "Host");

        var preview = ChatImport.ParseText(text);

        Assert.Equal("host", preview.HostHandle);
        Assert.Equal([PostKind.Comment, PostKind.Question, PostKind.Question], preview.Posts.Select(p => p.Kind));
    }

    [Fact]
    public void Record_without_question_tweets_has_no_host()
    {
        Assert.Null(ChatImport.ParseText(Tweet("A1: x")).HostHandle);
    }

    [Fact]
    public void Answer_past_letter_z_stays_as_a_comment_with_its_text_as_written()
    {
        var text = string.Concat(Enumerable.Range(1, 27).Select(i => Tweet($"A1: answer {i}")));

        var posts = ChatImport.ParseText(text).Posts;

        Assert.Equal("A1z", posts[25].Label);
        Assert.Equal(PostKind.Comment, posts[26].Kind);
        Assert.Equal("A1: answer 27", posts[26].Text);
    }

    [Fact]
    public void Tweet_that_is_only_a_label_is_skipped_as_empty()
    {
        var preview = ChatImport.ParseText(Tweet("A1:") + Tweet("A1: real"));

        Assert.Equal(["1 EmptyTweet: A1:"], PreviewRows.Skipped(preview));
        Assert.Equal(["A1"], preview.Posts.Select(p => p.Label));
    }

    [Fact]
    public void Question_text_drops_the_chat_hashtag_but_keeps_other_tags()
    {
        var preview = ChatImport.ParseText(Tweet("Q1: How does #chat help #SEO? #chat", "host", "Host") + Tweet("A1: x #chat"));

        Assert.Equal("How does help #SEO?", preview.Questions.Single().Text);
        Assert.Equal("How does #chat help #SEO? #chat", preview.Posts[0].Text);
    }
}
