using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class ChatAttendanceConfiguration : IEntityTypeConfiguration<ChatAttendance>
{
    public void Configure(EntityTypeBuilder<ChatAttendance> builder)
    {
        builder.HasKey(a => new { a.ChatId, a.UserId });
        builder.HasIndex(a => new { a.CommunityId, a.UserId });
        builder.HasOne<Chat>().WithMany().HasForeignKey(a => a.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
