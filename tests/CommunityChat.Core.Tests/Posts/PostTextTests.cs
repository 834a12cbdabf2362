using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Posts;

public class PostTextTests
{
    [Theory]
    [InlineData("hello", 5)]
    [InlineData("👍", 1)]
    [InlineData("👍🏽", 1)]
    [InlineData("👨‍👩‍👧‍👦", 1)]
    [InlineData("🇫🇷", 1)]
    [InlineData("🇫🇷🇨🇳", 2)]
    [InlineData("你好世界", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("café", 4)]
    [InlineData("a\r\nb", 3)]
    [InlineData("  padded  ", 6)]
    [InlineData("", 0)]
    public void Length_counts_what_a_reader_sees_as_characters(string body, int expected) =>
        Assert.Equal(expected, PostText.Length(body, null));

    [Theory]
    [InlineData("Great answer #TwitterSmarter", "TwitterSmarter", 12)]
    [InlineData("Great answer #twittersmarter", "#TwitterSmarter", 12)]
    [InlineData("#TwitterSmarter great", "TwitterSmarter", 5)]
    [InlineData("a #TwitterSmarter b", "TwitterSmarter", 4)]
    [InlineData("Great #TwitterSmarterTips", "TwitterSmarter", 25)]
    [InlineData("Great #Other", "TwitterSmarter", 12)]
    [InlineData("Great C#TwitterSmarter", "TwitterSmarter", 22)]
    public void Chat_hashtag_does_not_count_towards_the_length(string body, string hashtag, int expected) =>
        Assert.Equal(expected, PostText.Length(body, hashtag));

    [Fact]
    public void Normalize_uses_unix_line_ends_composed_characters_and_no_outer_whitespace() =>
        Assert.Equal("caf\u00e9\nline\nlast", PostText.Normalize("  cafe\u0301\r\nline\rlast \n"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t \n")]
    [InlineData("#TwitterSmarter")]
    public void Empty_text_is_refused_as_empty(string body) =>
        Assert.Equal(TextProblem.Empty, PostText.Check(body, 280, "TwitterSmarter").Problem);

    [Theory]
    [InlineData("bell\u0007")]
    [InlineData("nul\u0000here")]
    [InlineData("escape\u001b[31m")]
    [InlineData("delete\u007f")]
    [InlineData("next\u0085line")]
    public void Control_characters_are_refused(string body) =>
        Assert.Equal(TextProblem.ControlCharacters, PostText.Check(body, 280, null).Problem);

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("tab\tseparated")]
    [InlineData("windows\r\nline")]
    [InlineData("family 👨‍👩‍👧‍👦")]
    [InlineData("rtl \u200f mark")]
    public void Newlines_tabs_and_format_characters_are_fine(string body) =>
        Assert.Equal(TextProblem.None, PostText.Check(body, 280, null).Problem);

    [Fact]
    public void Text_over_the_limit_is_refused_with_its_length()
    {
        var check = PostText.Check(new string('x', 281), 280, null);
        Assert.Equal(new TextCheck(TextProblem.TooLong, 281, 280), check);
    }

    [Fact]
    public void Text_at_the_limit_is_accepted() =>
        Assert.True(PostText.Check(new string('x', 280), 280, null).IsValid);

    [Fact]
    public void Emoji_count_once_against_the_limit() =>
        Assert.Equal(TextProblem.None, PostText.Check(string.Concat(Enumerable.Repeat("👍🏽", 280)), 280, null).Problem);

    [Fact]
    public void Hashtag_lets_a_full_length_answer_through() =>
        Assert.True(PostText.Check(new string('x', 280) + " #TwitterSmarter", 280, "TwitterSmarter").IsValid);

    [Fact]
    public void Control_characters_are_reported_before_length() =>
        Assert.Equal(TextProblem.ControlCharacters, PostText.Check(new string('x', 300) + "\u0007", 280, null).Problem);

    [Fact]
    public void Stacked_combining_marks_cannot_smuggle_a_huge_text_past_the_limit()
    {
        var flood = "a" + new string('\u0301', 50_000);

        var check = PostText.Check(flood, 280, null);

        Assert.Equal(TextProblem.TooLong, check.Problem);
        Assert.Equal(flood.Length, check.Length);
    }

    [Fact]
    public void A_full_post_of_family_emoji_is_counted_not_refused_for_its_size()
    {
        var families = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 280));

        var check = PostText.Check(families, 280, null);

        Assert.Equal(TextProblem.None, check.Problem);
        Assert.Equal(280, check.Length);
    }

    [Theory]
    [InlineData("Lead by example #lead", "lead", true)]
    [InlineData("Lead by example #Lead, always", "lead", true)]
    [InlineData("(#lead.)", "#lead", true)]
    [InlineData("我们 #领导 很好", "领导", true)]
    [InlineData("Lead by example #leadership", "lead", false)]
    [InlineData("C#lead is not a tag", "lead", false)]
    [InlineData("no tag at all: lead", "lead", false)]
    public void MentionsHashtag_matches_whole_tags_only(string text, string tag, bool expected) =>
        Assert.Equal(expected, PostText.MentionsHashtag(text, tag));

    [Theory]
    [InlineData("line\vbreak\fpage\u0001bell\r\nend", "line\nbreak\npagebell\nend")]
    [InlineData("tabs\tand\nlines stay", "tabs\tand\nlines stay")]
    public void Imported_text_loses_control_characters_and_keeps_its_line_breaks(string text, string expected)
    {
        Assert.Equal(expected, PostText.WithoutControlCharacters(text));
        Assert.False(PostText.HasControlCharacters(PostText.WithoutControlCharacters(text)));
    }

    [Fact]
    public void A_vertical_tab_is_a_control_character_and_a_windows_line_break_is_not()
    {
        Assert.True(PostText.HasControlCharacters("a\vb"));
        Assert.False(PostText.HasControlCharacters("a\r\nb"));
    }
}

public class PostTextDeceptionTests
{
    [Theory]
    [InlineData("\u202Enimda")]
    [InlineData("I am \u202Dadmin")]
    [InlineData("\u2066isolated\u2069 text")]
    public void Direction_overrides_are_refused_like_control_characters(string body) =>
        Assert.Equal(TextProblem.ControlCharacters, PostText.Check(body, 280, null).Problem);

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D \u2060")]
    [InlineData("\uFEFF\u00AD")]
    public void Text_of_zero_width_characters_only_is_empty(string body) =>
        Assert.Equal(TextProblem.Empty, PostText.Check(body, 280, null).Problem);

    [Theory]
    [InlineData("مرحبا بالجميع")]
    [InlineData("שלום לכולם")]
    [InlineData("👩‍👩‍👧")]
    [InlineData("a\u200Bb")]
    public void Right_to_left_text_emoji_and_a_zero_width_space_between_letters_are_fine(string body) =>
        Assert.Equal(TextProblem.None, PostText.Check(body, 280, null).Problem);
}
