"""English words for dates and years (data only, read by `newsfacts.normalize.dates`).

Keys are lower case; the matcher folds case and accepts both apostrophes (' and ’).
"""

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "may" is a modal verb and "march" a verb: they need a date context.
AMBIGUOUS_MONTHS = ("may", "march")

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip

DAY_SUFFIXES = ("st", "nd", "rd", "th")
# Days written as ordinal words: "the third of March".
DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip
DATE_LINKS = ("of", "the", "day of", "of the")
# Years in words: "nineteen ninety six", "two thousand and five" (after a cue or a date).
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "oh": 0,
}  # fmt: skip
WORD_SCALES = {"hundred": 100, "thousand": 1000}
WORD_LINKS = ("and",)
# After a number, these make it a clock time ("9pm", "8.30 a.m.", "9p"): "today at 9pm" is
# the publication day, not "nowadays".
CLOCK_MARKS = ("a.m.", "p.m.", "am", "pm", "a", "p")
# A day number without its month ("on the 18th", "Wed 13th") is a day of the publication
# month only with its ordinal suffix, after one of these or a weekday, where the clause ends
# or one of the followers comes ("on the 18th at 5pm"): not "the 15th century".
DAY_ALONE_CUES = ("on", "on the", "by", "by the", "until", "until the", "since", "since the",
                  "from", "from the", "the week of the", "around the", "before the",
                  "after the")  # fmt: skip
DAY_ALONE_FOLLOWERS = ("at", "from", "between", "this", "of", "to", "and", "until", "through")
DAY_ALONE_NEEDS_SUFFIX = True
# The word that makes a day a noun's date ("the uprising of 29 March"): in a text without a
# publication date it does not take the year told before it.
NOUN_DATE_WORDS = ("of",)
ARTICLE = ("on", "the", "on the")
# Before a day and month in digits ("on 5/12", "from 10/1 to 11/7"): a date, not a fraction.
NUMERIC_DAY_CUES = (
    "on",
    "the",
    "on the",
    "from",
    "between",
    "since",
    "until",
    "by",
    "before",
    "after",
)
# After a day and month in digits: a fraction ("1/3 of the market").
FRACTION_AFTER = ("of",)

YEAR_CUES = (
    "in", "by", "since", "before", "after", "until", "till", "through", "during", "from",
    "early", "late", "mid-", "mid", "end of", "the end of", "beginning of",
    "the beginning of", "start of", "the start of", "middle of", "the middle of", "year",
    "the year", "calendar year", "cy", "summer", "winter", "spring", "fall", "autumn",
    "by the end of", "in early", "in late", "in mid-", "dates from", "dating from",
    "dates back to", "dating back to", "dated",
    # a firm's history: "traces its history to 1868", "its roots go back to 1901"
    "history to", "roots to", "origins to", "back to",
    # a deadline moved to a year: "postponed to 2029", "maturities to 2031" ("to" alone is
    # no cue: "cut to 1500")
    "postponed to", "delayed to", "deferred to", "maturities to", "maturity to",
)  # fmt: skip
MONTH_CUES = (
    "in", "since", "before", "after", "until", "by", "early", "late", "mid-", "mid",
    "end of", "the end of", "beginning of", "the beginning of", "start of", "the start of",
    "in early", "in late", "in mid-", "during", "through", "from", "this",
)  # fmt: skip
# Words before a month or a day that put it on or before the publication date: "since
# December", "the quarter ended Dec. 31" (written in February: the December before).
PAST_CUES = ("since", "ended", "ended on")
RANGE_OPENERS = ("from", "between")
RANGE_LINKS = ("to", "and", "through", "thru", "until", "till", "-", "–", "~", "/")
# Before two dates joined by a range word: one expression (between March 3 and April 5).
PAIR_OPENERS = ("between",)

FISCAL = ("fiscal year", "fiscal", "FY", "financial year")
# Before a calendar year, glued or not: "CY2018", "cy18", "calendar 2025" (finance writes
# them beside "FY", "fiscal 2025").
CALENDAR_MARKS = ("CY", "calendar")
# After these two digits are a year: "FY25", "CY18" (not "fiscal 25").
SHORT_YEAR_MARKS = ("FY", "CY")

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
QUARTER_WORDS = ("quarter", "qtr")
HALF_WORDS = ("half",)
QUARTER_LETTERS = ("Q",)
HALF_LETTERS = ("H",)
PERIOD_CUES = ("in", "in the", "the", "this", "for", "for the", "during", "during the", "of")
PERIODS_ALONE = ("Q", "quarter", "qtr")
# Letters after a quarter or half number, with a year: "4Q18", "1H 2019".
PERIOD_FIRST_LETTERS = ("Q", "H")

# Present-time words ("today", "this week", "this month", "now") are left out on purpose.
RELATIVE = {
    "last year": ("year", -1), "last yr": ("year", -1), "past year": ("year", -1),
    "previous year": ("year", -1), "prior year": ("year", -1),
    # Finance: "the year-ago quarter", "the year-earlier period", "prior-year sales".
    "year-ago": ("year", -1), "year-earlier": ("year", -1), "prior-year": ("year", -1),
    "a year ago": ("year", -1), "one year ago": ("year", -1), "this year": ("year", 0),
    "this yr": ("year", 0), "current year": ("year", 0), "next year": ("year", 1),
    "next yr": ("year", 1), "the coming year": ("year", 1), "end of the year": ("year", 0),
    "end of year": ("year", 0), "beginning of the year": ("year", 0),
    "beginning of year": ("year", 0), "start of the year": ("year", 0),
    "yesterday": ("day", -1), "last night": ("day", -1), "tomorrow": ("day", 1),
    # A part of the day names the publication day: it never means "nowadays" as "today" can.
    "tonight": ("day", 0), "tonite": ("day", 0), "this morning": ("day", 0),
    "this afternoon": ("day", 0), "this evening": ("day", 0), "tomorrow morning": ("day", 1),
    "the day before yesterday": ("day", -2),
    "the day after tomorrow": ("day", 2),
    "last week": ("week", -1), "previous week": ("week", -1), "past week": ("week", -1),
    "next week": ("week", 1), "coming week": ("week", 1), "the week after next": ("week", 2),
    "upcoming week": ("week", 1), "past fortnight": ("week", -2),
    "last fortnight": ("week", -2), "next fortnight": ("week", 2),
    "last month": ("month", -1), "previous month": ("month", -1), "past month": ("month", -1),
    "next month": ("month", 1), "coming month": ("month", 1),
    "last quarter": ("quarter", -1), "previous quarter": ("quarter", -1),
    "past quarter": ("quarter", -1), "this quarter": ("quarter", 0),
    "current quarter": ("quarter", 0), "next quarter": ("quarter", 1),
    "this qtr": ("quarter", 0), "next qtr": ("quarter", 1), "last qtr": ("quarter", -1),
    "coming quarter": ("quarter", 1),
    "this summer": ("year", 0), "this fall": ("year", 0), "this autumn": ("year", 0),
    "this spring": ("year", 0), "this winter": ("winter", 0), "last summer": ("summer", -1),
    "last winter": ("winter", -1), "next winter": ("winter", 1),
    "next summer": ("summer", 1), "last fall": ("autumn", -1), "next fall": ("autumn", 1),
    "last spring": ("spring", -1), "next spring": ("spring", 1), "current summer": ("year", 0),
    "this calendar year": ("year", 0), "this fiscal year": ("year", 0),
    # A few days or weeks around the publication date: its year, near enough.
    "next few days": ("day", 1), "next few weeks": ("week", 1), "coming days": ("day", 1),
    "coming weeks": ("week", 1), "past few days": ("day", -1), "past few weeks": ("week", -1),
    "last few days": ("day", -1), "last few weeks": ("week", -1), "recent days": ("day", -1),
    "recent weeks": ("week", -1),
    # Finance: the year from its start to the publication date.
    "year to date": ("year", 0), "year-to-date": ("year", 0), "ytd": ("year", 0),
    # Calendar decades (unit "decade": the ten years of the decade, as "the 1990s").
    "next decade": ("decade", 1), "the coming decade": ("decade", 1),
    "this decade": ("decade", 0), "current decade": ("decade", 0),
    # The end of a decade: its last year ("by the end of the decade").
    "the end of the decade": ("decade_end", 0), "the end of this decade": ("decade_end", 0),
    "end of the decade": ("decade_end", 0), "end of this decade": ("decade_end", 0),
    "the end of the next decade": ("decade_end", 1),
}  # fmt: skip
# Abbreviations read only in capitals ("BOY" is also a word): end and beginning of the year.
RELATIVE_MARKS = {"EOY": ("year", 0), "BOY": ("year", 0), "YTD": ("year", 0)}
# Narrative relatives: they count from the event told, which news place near the publication
# date unless the paragraph wrote a year or a date before them (then they count from it).
# Followed by a complement ("the day after the vote") they count from that, and are left out.
NARRATIVE = {
    "the following day": ("day", 1), "the next day": ("day", 1), "the day after": ("day", 1),
    "the day before": ("day", -1), "the previous day": ("day", -1),
    "the next morning": ("day", 1), "the night before": ("day", -1),
    "the following week": ("week", 1), "following week": ("week", 1),
    "the week after": ("week", 1), "the week before": ("week", -1),
    "the following month": ("month", 1), "the month after": ("month", 1),
    "the month before": ("month", -1), "the following quarter": ("quarter", 1),
    "following quarter": ("quarter", 1), "the following year": ("year", 1),
    "the year after": ("year", 1), "the year before": ("year", -1),
}  # fmt: skip
# Counted narrative shifts: "three weeks later", "two days earlier".
TOLD_LATER = ("{n} {unit} later", "{n} {unit} after", "{n} {unit} afterwards",
              "{n} {unit} afterward")  # fmt: skip
TOLD_EARLIER = ("{n} {unit} earlier", "{n} {unit} before", "{n} {unit} prior",
                "{n} {unit} previously")  # fmt: skip
# After a counted shift, the word of a comparison: "two years later than planned" is a
# delay against a plan, no date.
COMPARATIVES = ("than",)
# A count before a date moves it: "2 weeks from January 15", "three months after Easter".
SHIFT_AFTER = ("{n} {unit} after", "{n} {unit} from", "{n} {unit} since")
SHIFT_BEFORE = ("{n} {unit} before", "{n} {unit} prior to")
# Before such a count, a stretch that starts on the date ("for 10 days from 18th Dec").
DURATION_CUES = ("for", "lasting")
# After a narrative relative, these open its complement ("the day after the vote"): the
# shift counts from what follows.
COMPLEMENTS = ("of",)
TOLD_PREPOSITIONS = ("after", "before", "prior")
# The present: left out unless asked for (`present=True`): it names now rather than a year.
PRESENT = {
    "today": ("day", 0), "now": ("day", 0), "at the moment": ("day", 0),
    "at present": ("day", 0), "this week": ("week", 0), "current week": ("week", 0),
    "later this week": ("week", 0), "earlier this week": ("week", 0),
    "end of this week": ("week", 0), "beginning of this week": ("week", 0),
    "rest of the week": ("week", 0), "this month": ("month", 0), "current month": ("month", 0),
    "later this month": ("month", 0), "earlier this month": ("month", 0),
    "end of the month": ("month", 0), "end of month": ("month", 0),
    "beginning of the month": ("month", 0), "current date": ("day", 0),
}  # fmt: skip
DEICTIC = ("yesterday", "tomorrow", "summer", "fall", "autumn", "spring", "winter", "today",
           "now", "tonight", "present", "moment", "night", "morning", "afternoon",
           "evening", "tonite")  # fmt: skip
# Lemmas of the verbs and adjectives that look ahead: a month they govern is the event
# expected, whatever their tense ("they still expected a final cut in September", "results
# which had been due on 16 October", "the launch was scheduled for October").
LOOK_AHEAD = ("expect", "forecast", "predict", "project", "anticipate", "plan", "schedule",
              "slate", "due", "hope", "intend")  # fmt: skip
AFTER_PAST = ()
AFTER_NEXT = ("after next",)
# After a weekday, month or holiday: the one after the next ("March after next").
BEYOND_NEXT = ("after next",)
BEFORE_PAST = ("last", "previous", "past")
BEFORE_NEXT = ("next", "coming", "upcoming", "this coming")
# Before a month or numeric date: the publication year's ("this May", "this 5/12").
BEFORE_THIS = ("this",)

UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "quarter": "quarter", "quarters": "quarter", "fortnight": "fortnight",
    "fortnights": "fortnight", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "mondays": "week", "tuesdays": "week", "wednesdays": "week", "thursdays": "week",
    "fridays": "week", "saturdays": "week", "sundays": "week", "business days": "day",
    "working days": "day", "wk": "week", "wks": "week", "decade": "decade", "decades": "decade",
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    "a hundred": 100, "a couple of": 2, "couple of": 2, "couple": 2,
}  # fmt: skip
EVERY = ("every", "each", "every other")
# Between a weekday and the week it falls in: "sunday from last week", "monday of next week".
WEEKDAY_WEEK_LINKS = ("of", "from")
# Between a weekday and a date: the first such day after or before it ("the first monday
# after Easter", "third tuesday after christmas 2014").
WEEKDAY_AROUND = {"after": 1, "before": -1}
# After a weekday: a repetition too ("tuesday afternoons").
EVERY_AFTER = ("mornings", "afternoons", "evenings", "nights")

# Holidays: name -> (month, day), ("easter", days after Easter Sunday), ("weekday", month,
# weekday, n): the n-th such weekday of the month (-1: the last), or None (lunar calendars).
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25),
    "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
    "the ides of march": (3, 15), "ides of march": (3, 15),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "good friday": ("easter", -2),
    "thanksgiving": ("weekday", 11, 3, 4),
    "thanksgiving day": ("weekday", 11, 3, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "labor day": ("weekday", 9, 0, 1),
    "labour day": ("weekday", 9, 0, 1), "memorial day": ("weekday", 5, 0, -1),
    "black friday": None, "cyber monday": None, "ramadan": None, "hanukkah": None,
    "diwali": None, "mardi gras": ("easter", -47), "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17), "boxing day": (12, 26),
    "martin luther king day": ("weekday", 1, 0, 3), "mlk day": ("weekday", 1, 0, 3),
    "martin luther king's day": ("weekday", 1, 0, 3),
    "martin luther kings day": ("weekday", 1, 0, 3),
    "martin luther king jr. day": ("weekday", 1, 0, 3), "mlk jr. day": ("weekday", 1, 0, 3),
    "mlk jr day": ("weekday", 1, 0, 3), "st paddy's day": (3, 17), "saint paddy's day": (3, 17),
    "presidents' day": ("weekday", 2, 0, 3), "veterans day": (11, 11),
    "valentine day": (2, 14), "new years day": (1, 1), "new year day": (1, 1),
    "new years eve": (12, 31),
    "saint patricks day": (3, 17), "st patricks day": (3, 17), "pentecost": ("easter", 49),
    "passover": None, "purim": None, "yom kippur": None, "rosh hashanah": None,
    "chinese new year": None, "lunar new year": None, "chinese new year's day": None,
    "lunar new year's day": None, "chinese new years": None, "eid al-fitr": None,
    "eid al-adha": None, "holi": None, "vesak": None, "mother's day": ("weekday", 5, 6, 2),
    "father's day": ("weekday", 6, 6, 3), "groundhog day": (2, 2),
}  # fmt: skip
# Era marks after a year ("2014 BC", "14 A.D.") or before it ("AD 14"), with their sign:
# a year before Christ is negative (-2014). Read in the case written ("ad" is a word).
ERAS = {"BC": -1, "B.C.": -1, "b.c.": -1, "BCE": -1, "B.C.E.": -1, "AD": 1, "A.D.": 1,
        "a.d.": 1}  # fmt: skip
ERAS_BEFORE = ("AD", "A.D.")
# Time zones after a four-digit clock time ("by 1045 GMT", "at 0900 ET"), read in the case
# written: the number is the time of day, not a year.
TIME_ZONES = ("GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "BST",
              "CET", "CEST", "JST", "HKT", "SGT", "local time")  # fmt: skip
DECADE_WORDS = ()  # English says "the 1990s": the plural mark is enough
# "the 21st century" (2000 to 2099), "the nineteenth century"; not "21st-century" (modern).
CENTURY_WORDS = ("century",)
# A week of the year by its number: "week 31", "wk 31", "week 27 of last year".
WEEK_WORDS = ("week", "wk")
# Before a week number (or a clause starts): "in week 31", "la semaine 12".
WEEK_CUES = (
    "in",
    "the",
    "of",
    "for",
    "during",
    "by",
    "since",
    "from",
    "until",
    "to",
    "on",
    "and",
    "next",
    "last",
    "this",
)
JOINS = (
    "of",
    "'s",  # "next year's first quarter", "last week's sunday"
    "the",
    "on",
    "to",
    "-",
    "–",
    "through",
    "thru",
    "until",
    "till",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
)

LIST_LINKS = ("and", "or")

AGO = ("{n} {unit} ago", "{n} {unit} back", "{n} {unit} before today")
AHEAD = (
    "in {n} {unit}",
    "{n} {unit} from now",
    "{n} {unit} from today",
    "{n} {unit} hence",
    "within {n} {unit}",
    "{n} {unit} after today",
)
# Before "in {n} {unit}", these words make it the stretch up to now, not a time ahead: "for
# the second time in seven years", "its highest level in five years", "the first annual loss
# in two decades" (up to `RECORD_REACH` words back in the clause).
RECORD_WORDS = ("time", "times", "first", "second", "third", "fourth", "fifth", "only",
                "highest", "lowest", "biggest", "largest", "smallest", "best", "worst",
                "fastest", "slowest", "strongest", "weakest", "sharpest", "steepest",
                "deepest", "longest", "shortest", "most", "least")  # fmt: skip
RECORD_REACH = 4
LAST_N = ("last {n} {unit}", "past {n} {unit}", "previous {n} {unit}", "{n} last {unit}",
          "{n} past {unit}", "{n} previous {unit}")  # fmt: skip
NEXT_N = ("next {n} {unit}", "coming {n} {unit}", "upcoming {n} {unit}", "{n} upcoming {unit}",
          "{n} next {unit}", "{n} coming {unit}")  # fmt: skip

COUNTED = (
    "years",
    "year",
    "dollars",
    "dollar",
    "euros",
    "pounds",
    "jobs",
    "people",
    "employees",
    "workers",
    "staff",
    "users",
    "customers",
    "units",
    "cars",
    "vehicles",
    "homes",
    "stores",
    "miles",
    "km",
    "meters",
    "feet",
    "kg",
    "tons",
    "tonnes",
    "points",
    "pts",
    "votes",
    "copies",
    "pages",
    "words",
    "hours",
    "days",
    "months",
    "times",
    "billion",
    "million",
    "thousand",
    "hp",
    "mw",
    "gw",
    "kw",
    "w",
    "shares",
    "barrels",
    "€",
    "$",
    "£",
    "%",
    "°",
)
# Months are capitalised: a lower-case "may" or "march" alone is a verb.
MONTH_CASE = "title"
# The order of a numeric date: month first (10/31/2025), day first when the month cannot be.
NUMERIC_ORDER = "mdy"
MONTH_BEFORE_DAY = True  # fmt: skip
# Model names too: "Peugeot 2008", "Windows 2000".
NOT_YEAR_AFTER = ("page", "p.", "no.", "number", "nr", "#", "art.", "article", "code",
                  "version", "v", "route", "flight", "iphone", "cac", "at", "rank", "model",
                  "peugeot", "windows", "airbus", "boeing", "galaxy", "pixel", "series",
                  "type")  # fmt: skip
# A year before a plural noun is its modifier ("the 2024 elections"), not a count.
NUMBER_BEFORE_PLURAL_NOUN_COUNTS = False
