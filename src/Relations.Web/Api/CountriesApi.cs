using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Export;

namespace Relations.Web.Api;

public static class CountriesApi
{
    public static RouteGroupBuilder MapCountriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/countries", async (RelationsDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Countries.OrderBy(c => c.Name).Select(c => new { c.Name, c.Slug, c.Historical }).ToListAsync(ct)));

        api.MapGet("/countries/{slug}", async Task<Results<Ok<CountryExport>, ProblemHttpResult>> (string slug, RelationsDb db, CancellationToken ct) =>
        {
            var c = await db.Countries.Include(x => x.Successor).SingleOrDefaultAsync(x => x.Slug == slug, ct);
            if (c is null)
            {
                return RelationsApi.NotFound($"No country {slug} in the corpus.");
            }

            var relations = db.Relations.Where(r => r.FirstCountryId == c.Id || r.SecondCountryId == c.Id);
            return TypedResults.Ok(new CountryExport(
                c.Name,
                c.Slug,
                c.Aliases.Length == 0 ? [] : c.Aliases.Split('|'),
                c.Historical,
                c.Successor?.Name,
                await db.Countries.Where(x => x.SuccessorId == c.Id).OrderBy(x => x.Name).Select(x => x.Name).ToListAsync(ct),
                await relations.OrderBy(r => r.Slug).Select(r => r.Slug).ToListAsync(ct),
                await EventExports.Missions(db.Missions.Where(m => m.SendingCountryId == c.Id)).ToListAsync(ct),
                await EventExports.Missions(db.Missions.Where(m => m.HostCountryId == c.Id)).ToListAsync(ct),
                await EventExports.Visits(db.Visits.Where(v => v.ToCountryId == c.Id)).ToListAsync(ct),
                await EventExports.Visits(db.Visits.Where(v => v.FromCountryId == c.Id)).ToListAsync(ct),
                await db.RelationPersons.Where(p => relations.Select(r => r.Id).Contains(p.RelationId)).Select(p => p.Person.Name).Distinct().OrderBy(n => n).ToListAsync(ct)));
        });
        return api;
    }
}
