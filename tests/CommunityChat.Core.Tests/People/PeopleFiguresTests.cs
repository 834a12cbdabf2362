using CommunityChat.Core.People;

namespace CommunityChat.Core.Tests.People;

public sealed class PeopleFiguresTests
{
    [Fact]
    public void A_persons_figures_are_their_count_first_and_latest_chat_in_the_chats_order_not_the_ids()
    {
        // Chat 30 is an imported chat older than the others: it comes first.
        var figures = new PeopleFigures([30, 10, 20], [new(20, 1), new(30, 1), new(10, 2), new(20, 2), new(20, 2)]);

        Assert.Equal(new PersonFigures(1, 2, 30, 20), figures.Person(1));
        Assert.Equal(new PersonFigures(2, 2, 10, 20), figures.Person(2));
        Assert.Equal(2, figures.Count);
    }

    [Fact]
    public void Attendance_in_chats_not_counted_is_ignored_and_someone_without_any_has_no_figures()
    {
        var figures = new PeopleFigures([1, 2], [new(3, 7), new(1, 8)]);

        Assert.Null(figures.Person(7));
        Assert.Equal(new PersonFigures(8, 1, 1, 1), figures.Person(8));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    public void A_regular_took_part_in_at_least_three_of_the_last_five(int ofLastChats, bool regular) =>
        Assert.Equal(regular, PeopleFigures.IsRegular(ofLastChats));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(3, 2, 2.0 / 3)]
    [InlineData(2, 2, 1)]
    [InlineData(4, 0, 0)]
    public void The_returning_rate_is_the_share_who_came_before(int participants, int returning, double rate) =>
        Assert.Equal(rate, PeopleFigures.ReturningRate(participants, returning), 10);
}
