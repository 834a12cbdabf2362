using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Posts;

public class AnswerLabelTests
{
    [Theory]
    [InlineData("A1: text", 1, null, "text")]
    [InlineData("A1. text", 1, null, "text")]
    [InlineData("A1) text", 1, null, "text")]
    [InlineData("A1- text", 1, null, "text")]
    [InlineData("A1 text", 1, null, "text")]
    [InlineData("A1\ttext", 1, null, "text")]
    [InlineData("A1\ntext", 1, null, "text")]
    [InlineData("A1:text", 1, null, "text")]
    [InlineData("a1B: text", 1, 'b', "text")]
    [InlineData("A1b text", 1, 'b', "text")]
    [InlineData("a12c) twelve", 12, 'c', "twelve")]
    [InlineData("A999: last", 999, null, "last")]
    [InlineData("   A2: indented", 2, null, "indented")]
    [InlineData("A3", 3, null, "")]
    [InlineData("A3d", 3, 'd', "")]
    [InlineData("A4:", 4, null, "")]
    [InlineData("A01: zero padded", 1, null, "zero padded")]
    public void Label_at_the_start_is_read_and_normalised(string text, int question, char? part, string rest)
    {
        Assert.True(AnswerLabel.TryParse(text, out var label, out var remainder));
        Assert.Equal(new AnswerLabel(question, part), label);
        Assert.Equal(rest, remainder);
    }

    [Theory]
    [InlineData("Apple pie is great")]
    [InlineData("A1bc text")]
    [InlineData("A1b2 text")]
    [InlineData("A text")]
    [InlineData("A: text")]
    [InlineData("A0: nothing")]
    [InlineData("A1000: too many digits")]
    [InlineData("Q1: a question")]
    [InlineData("I think A1: is good")]
    [InlineData("A1/ slash")]
    [InlineData("A1é accented letter")]
    [InlineData("")]
    [InlineData("   ")]
    public void Text_without_a_leading_label_is_not_an_answer(string text)
    {
        Assert.False(AnswerLabel.TryParse(text, out _, out var rest));
        Assert.Equal(text, rest);
    }

    [Theory]
    [InlineData(1, null, "A1")]
    [InlineData(1, 'b', "A1b")]
    [InlineData(42, 'z', "A42z")]
    public void Label_prints_in_its_canonical_form(int question, char? part, string expected) =>
        Assert.Equal(expected, new AnswerLabel(question, part).ToString());

    [Fact]
    public void Parsed_lowercase_label_prints_normalised()
    {
        Assert.True(AnswerLabel.TryParse("a1B: text", out var label, out _));
        Assert.Equal("A1b", label.ToString());
    }
}
