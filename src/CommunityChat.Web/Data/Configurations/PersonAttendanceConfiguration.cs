using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class PersonAttendanceConfiguration : IEntityTypeConfiguration<PersonAttendance>
{
    public void Configure(EntityTypeBuilder<PersonAttendance> builder)
    {
        builder.HasKey(a => new { a.CommunityId, a.UserId });
        // The people page's two orders and its newcomers, each read a page at a time from an index.
        builder.HasIndex(a => new { a.CommunityId, a.Chats, a.FirstChatAt });
        builder.HasIndex(a => new { a.CommunityId, a.FirstChatAt, a.Chats });
        builder.HasIndex(a => new { a.CommunityId, a.FirstChatId });
        builder.HasOne<Community>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
