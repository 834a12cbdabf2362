using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Posts;

public class BlockedWordsTests
{
    [Theory]
    [InlineData("Buy CHEAP pills now", "cheap pills")]
    [InlineData("C'est une arnaque !", "arnaqué")]
    [InlineData("C'est une ARNAQUÉ", "arnaque")]
    [InlineData("cheap\n  pills", "cheap pills")]
    [InlineData("spam", "spam")]
    [InlineData("(spam)", "spam")]
    [InlineData("ｓｐａｍ here", "spam")]
    [InlineData("这是一个骗局吗", "骗局")]
    [InlineData("骗局", "骗局")]
    [InlineData("Die Straße", "strasse")]
    [InlineData("nœud", "noeud")]
    public void Finds_words_without_regard_to_case_accents_or_spacing(string text, string blocked) =>
        Assert.Equal(blocked, BlockedWords.FindIn(text, ["other", blocked]));

    [Theory]
    [InlineData("A class act", "ass")]
    [InlineData("spammer", "spam")]
    [InlineData("antispam", "spam")]
    [InlineData("cheap, pills", "cheap pills")]
    [InlineData("a_spam_b", "spam")]
    [InlineData("这是一个骗子", "骗局")]
    public void Does_not_find_a_word_inside_another(string text, string blocked) =>
        Assert.Null(BlockedWords.FindIn(text, [blocked]));

    [Fact]
    public void Finds_a_word_that_first_occurs_inside_another_and_later_alone() =>
        Assert.Equal("spam", BlockedWords.FindIn("spammers send spam", ["spam"]));

    [Fact]
    public void Blank_words_block_nothing() =>
        Assert.Null(BlockedWords.FindIn("anything at all", ["", "  "]));
}
