using System.Globalization;
using CdsBot.Dialogs.Content;

namespace CdsBot.Admin.Campaigns;

/// <summary>Ready campaigns staff start from.</summary>
public static class CampaignTemplates
{
    /// <summary>
    /// National Digital Transformation Day, 10 October (Decision 505/QĐ-TTg of 22/4/2022 of the Prime Minister), at
    /// 08:00 Vietnam time on the next 10/10, for every subscriber (the day concerns everyone, not only those who chose the 10/10 topic), deferred copies valid for a week.
    /// </summary>
    public static CampaignInput DigitalTransformationDay(TimeProvider time)
    {
        var today = VietnamTime.Today(time);
        var year = today > new DateOnly(today.Year, 10, 10) ? today.Year + 1 : today.Year;
        var day = new DateTime(year, 10, 10, 8, 0, 0, DateTimeKind.Unspecified);
        return new CampaignInput
        {
            Name = $"Ngày Chuyển đổi số quốc gia 10/10/{year}",
            Text = $"Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/{year}\n\n"
                   + "Ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia (Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ).\n\n"
                   + "Anh/Chị hãy cùng tham gia: cài và kích hoạt tài khoản định danh điện tử VNeID mức 2, làm thủ tục trên Cổng Dịch vụ công quốc gia "
                   + "(dichvucong.gov.vn), thanh toán không dùng tiền mặt và học kỹ năng số cùng phong trào \"Bình dân học vụ số\".\n\n"
                   + "Anh/Chị cần hỏi gì, cứ nhắn cho trợ lý ảo.",
            LinkUrl = "https://dichvucong.gov.vn",
            LinkTitle = "Cổng Dịch vụ công",
            Topics = [],
            Localities = [],
            Channels = [],
            ScheduledAt = day.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ExpiresAt = day.AddDays(7).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        };
    }
}
