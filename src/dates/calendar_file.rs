//! A calendar file (iCalendar, RFC 5545) of all-day events, for "Add to my calendar". The
//! words are the caller's: this module only writes them in the format's rules.

use chrono::{DateTime, Days, NaiveDate, Utc};

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub date: NaiveDate,
    /// What a phone shows, on its lock screen too: keep it neutral.
    pub title: String,
    pub description: String,
}

/// The file's text. `made` is the time the file is made (DTSTAMP); `uid_domain` makes each
/// event's UID unique to this site, so importing the file twice updates rather than repeats.
pub fn calendar_file(events: &[CalendarEvent], made: DateTime<Utc>, uid_domain: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Child Protection Conference guide//Your dates//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    let stamp = made.format("%Y%m%dT%H%M%SZ").to_string();
    for (index, event) in events.iter().enumerate() {
        let end = event
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(event.date);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}-{index}@{uid_domain}", event.date.format("%Y%m%d")),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
            format!("SUMMARY:{}", escape(&event.title)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            // An all-day reminder should not block the day as busy.
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

/// Text values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A content line ends CRLF, and lines longer than 75 octets fold: CRLF and a space, never
/// inside a character (RFC 5545, 3.1).
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for character in line.chars() {
        let width = character.len_utf8();
        if octets + width > 75 {
            folded.push_str("\r\n ");
            // The space that starts a folded line counts.
            octets = 1;
        }
        folded.push(character);
        octets += width;
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn made() -> DateTime<Utc> {
        DateTime::from_timestamp(1_770_000_000, 0).expect("in range")
    }

    #[test]
    fn events_are_all_day_with_escaped_text_and_crlf_lines() {
        let file = calendar_file(
            &[CalendarEvent {
                date: NaiveDate::from_ymd_opt(2026, 12, 31).expect("real"),
                title: "Meeting; notes, and \\ more".into(),
                description: "Line one\nLine two".into(),
            }],
            made(),
            "guide.example",
        );
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(file.contains("DTSTART;VALUE=DATE:20261231\r\n"));
        assert!(file.contains("DTEND;VALUE=DATE:20270101\r\n"));
        assert!(file.contains("SUMMARY:Meeting\\; notes\\, and \\\\ more\r\n"));
        assert!(file.contains("DESCRIPTION:Line one\\nLine two\r\n"));
        assert!(file.contains("UID:20261231-0@guide.example\r\n"));
        assert!(!file.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "ŵ".repeat(60));
        let folded = fold(&line);
        for part in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{part:?}");
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }
}
