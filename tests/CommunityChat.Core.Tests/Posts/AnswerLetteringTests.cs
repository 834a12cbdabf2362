using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Posts;

public class AnswerLetteringTests
{
    [Fact]
    public void First_unlettered_answer_gets_no_letter()
    {
        var result = AnswerLettering.Assign(1, null, []);
        Assert.Equal("A1", result.Label?.ToString());
        Assert.Null(result.Refusal);
    }

    [Fact]
    public void Second_unlettered_answer_gets_letter_b() =>
        Assert.Equal("A1b", AnswerLettering.Assign(1, null, [null]).Label?.ToString());

    [Fact]
    public void Third_unlettered_answer_gets_letter_c() =>
        Assert.Equal("A1c", AnswerLettering.Assign(1, null, [null, 'b']).Label?.ToString());

    [Fact]
    public void Next_letter_follows_the_highest_used_one_not_the_first_gap() =>
        Assert.Equal("A2e", AnswerLettering.Assign(2, null, [null, 'd']).Label?.ToString());

    [Fact]
    public void Unlettered_answer_after_explicit_a_gets_b() =>
        Assert.Equal("A1b", AnswerLettering.Assign(1, null, ['a']).Label?.ToString());

    [Fact]
    public void Explicit_first_letter_is_granted_as_typed() =>
        Assert.Equal("A1a", AnswerLettering.Assign(1, 'a', []).Label?.ToString());

    [Fact]
    public void Explicit_unused_letter_is_granted() =>
        Assert.Equal("A3d", AnswerLettering.Assign(3, 'd', [null, 'b']).Label?.ToString());

    [Fact]
    public void Uppercase_requested_letter_is_stored_lowercase() =>
        Assert.Equal("A3d", AnswerLettering.Assign(3, 'D', []).Label?.ToString());

    [Theory]
    [InlineData('b')]
    [InlineData('B')]
    public void Letter_already_used_is_refused(char requested)
    {
        var result = AnswerLettering.Assign(1, requested, [null, 'b']);
        Assert.Null(result.Label);
        Assert.Equal(LetterRefusal.LetterAlreadyUsed, result.Refusal);
    }

    [Fact]
    public void Letter_a_is_taken_by_an_earlier_unlettered_answer() =>
        Assert.Equal(LetterRefusal.LetterAlreadyUsed, AnswerLettering.Assign(1, 'a', [null]).Refusal);

    [Fact]
    public void Unlettered_answer_after_z_is_refused_with_no_letters_left()
    {
        var result = AnswerLettering.Assign(1, null, [null, 'z']);
        Assert.Null(result.Label);
        Assert.Equal(LetterRefusal.NoLettersLeft, result.Refusal);
    }

    [Fact]
    public void Explicit_z_is_still_granted_when_free() =>
        Assert.Equal("A1z", AnswerLettering.Assign(1, 'z', [null, 'b']).Label?.ToString());

    [Fact]
    public void Non_letter_part_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerLettering.Assign(1, '1', []));
}
