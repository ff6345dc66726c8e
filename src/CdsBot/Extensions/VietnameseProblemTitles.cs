namespace CdsBot.Extensions;

/// <summary>
/// Problem documents are read by staff (the admin page shows them) and citizens' tools: the titles ASP.NET Core gives by
/// status code ("Not Found", "One or more validation errors occurred.") are replaced by Vietnamese ones. A title an
/// endpoint set itself is kept.
/// </summary>
public static class VietnameseProblemTitles
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "Yêu cầu chưa hợp lệ",
        [StatusCodes.Status401Unauthorized] = "Cần đăng nhập",
        [StatusCodes.Status403Forbidden] = "Không có quyền",
        [StatusCodes.Status404NotFound] = "Không tìm thấy",
        [StatusCodes.Status405MethodNotAllowed] = "Không hỗ trợ thao tác này",
        [StatusCodes.Status409Conflict] = "Chưa làm được",
        [StatusCodes.Status413PayloadTooLarge] = "Quá lớn",
        [StatusCodes.Status415UnsupportedMediaType] = "Sai kiểu dữ liệu",
        [StatusCodes.Status429TooManyRequests] = "Quá nhiều yêu cầu",
        [StatusCodes.Status500InternalServerError] = "Lỗi máy chủ",
        [StatusCodes.Status503ServiceUnavailable] = "Dịch vụ tạm thời không sẵn sàng",
    };

    // The titles ASP.NET Core fills in itself, for the problem details it writes and for validation problems.
    private static readonly HashSet<string> Defaults = new(StringComparer.Ordinal)
    {
        "One or more validation errors occurred.", "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Conflict",
        "Payload Too Large", "Content Too Large", "Unsupported Media Type", "Too Many Requests", "An error occurred while processing your request.",
        "Internal Server Error", "Service Unavailable",
    };

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if ((problem.Title is null || Defaults.Contains(problem.Title)) && Titles.TryGetValue(problem.Status ?? context.HttpContext.Response.StatusCode, out var title))
        {
            problem.Title = title;
        }
    }
}
