//! Checking answers against their form: which fields are shown, and every
//! problem with the shown ones, each told in one plain-Chinese sentence against
//! the field's path (`members.0.name` for a group entry's field).

use crate::FieldError;
use crate::accounts::{CreditCode, Mobile, ResidentId};
use crate::dates::Date;

use super::{Answer, Answers, Condition, Field, FieldKind, Form, Rule};

impl Form {
    /// Every problem with `answers`, for the fields shown; `today` is
    /// `(year, month, day)` from the caller's clock.
    pub fn check(&self, answers: &Answers, today: Date) -> Vec<FieldError> {
        let mut problems = Vec::new();
        check_fields(self.fields(), answers, "", today, &mut problems);
        problems
    }

    /// The problems with the answers to one section's fields.
    pub fn section_problems(
        &self,
        section_id: &str,
        answers: &Answers,
        today: Date,
    ) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if let Some(section) = self.sections.iter().find(|s| s.id == section_id) {
            check_fields(section.fields.iter(), answers, "", today, &mut problems);
        }
        problems
    }

    /// Whether every shown field of the section is answered without a problem,
    /// and at least one was answered (an untouched optional section is not done).
    pub fn section_complete(&self, section_id: &str, answers: &Answers, today: Date) -> bool {
        let touched = self
            .sections
            .iter()
            .find(|s| s.id == section_id)
            .is_some_and(|section| section.fields.iter().any(|f| answers.contains_key(&f.id)));
        touched && self.section_problems(section_id, answers, today).is_empty()
    }

    /// The answers as submitted: only those to fields that exist and are shown.
    pub fn submitted(&self, answers: &Answers) -> Answers {
        kept(self.fields(), answers)
    }
}

impl Field {
    /// Whether the field is shown, given the answers around it.
    pub fn is_shown(&self, scope: &Answers) -> bool {
        match &self.show_if {
            None => true,
            Some(Condition::Equals { field, values }) => scope
                .get(field)
                .and_then(Answer::as_value)
                .is_some_and(|value| values.iter().any(|v| v == value)),
            Some(Condition::Includes { field, value }) => {
                matches!(scope.get(field), Some(Answer::Chosen(chosen)) if chosen.contains(value))
            }
        }
    }

    /// The problem with `answer` to this field (not a group's entries), if any:
    /// what the UI shows as the user types. `scope` holds the answers it may be
    /// compared with.
    pub fn problem(&self, answer: Option<&Answer>, scope: &Answers, today: Date) -> Option<String> {
        let Some(answer) = answer.filter(|answer| !answer.is_blank()) else {
            return (self.required && !self.filled_by_hall()).then(|| match self.kind {
                FieldKind::Choice { .. } | FieldKind::MultiChoice { .. } | FieldKind::YesNo => {
                    format!("请选择{}", self.label)
                }
                FieldKind::Group { .. } => format!("请添加{}", self.label),
                _ => format!("请填写{}", self.label),
            });
        };
        kind_problem(self, answer, today).or_else(|| {
            self.rules
                .iter()
                .find_map(|rule| rule_problem(self, rule, answer, scope, today))
        })
    }
}

fn check_fields<'a>(
    fields: impl Iterator<Item = &'a Field>,
    answers: &Answers,
    prefix: &str,
    today: Date,
    problems: &mut Vec<FieldError>,
) {
    for field in fields.filter(|field| field.is_shown(answers)) {
        let path = format!("{prefix}{}", field.id);
        let answer = answers.get(&field.id);
        if let Some(message) = field.problem(answer, answers, today) {
            problems.push(FieldError {
                field: path.clone(),
                message,
            });
        }
        if let (FieldKind::Group { fields, .. }, Some(Answer::Group(entries))) =
            (&field.kind, answer)
        {
            for (index, entry) in entries.iter().enumerate() {
                let prefix = format!("{path}.{index}.");
                check_fields(fields.iter(), entry, &prefix, today, problems);
            }
        }
    }
}

fn kept<'a>(fields: impl Iterator<Item = &'a Field>, answers: &Answers) -> Answers {
    let mut kept_answers = Answers::new();
    for field in fields.filter(|field| field.is_shown(answers)) {
        let Some(answer) = answers.get(&field.id) else {
            continue;
        };
        let answer = match (&field.kind, answer) {
            (FieldKind::Group { fields, .. }, Answer::Group(entries)) => Answer::Group(
                entries
                    .iter()
                    .map(|entry| kept(fields.iter(), entry))
                    .collect(),
            ),
            _ => answer.clone(),
        };
        kept_answers.insert(field.id.clone(), answer);
    }
    kept_answers
}

/// The problem with an answer of the wrong shape or an invalid value for its kind.
fn kind_problem(field: &Field, answer: &Answer, today: Date) -> Option<String> {
    let label = &field.label;
    match (&field.kind, answer) {
        (FieldKind::Text, Answer::Text(text)) => {
            crate::text::character_problem(text, crate::text::Lines::One, label)
                .map(|problem| problem.to_string())
        }
        (FieldKind::LongText, Answer::Text(text)) => {
            crate::text::character_problem(text, crate::text::Lines::Many, label)
                .map(|problem| problem.to_string())
        }
        (FieldKind::Number { integer, .. }, Answer::Number(number)) => {
            (*integer && number.fract() != 0.0).then(|| format!("{label}应为整数"))
        }
        (FieldKind::Date, Answer::Text(text)) => parse_date(text)
            .is_none()
            .then(|| format!("{label}不是有效日期")),
        (FieldKind::Choice { options }, Answer::Text(value)) => {
            (!options.iter().any(|option| &option.value == value))
                .then(|| format!("请从列表中选择{label}"))
        }
        (FieldKind::MultiChoice { options }, Answer::Chosen(values)) => values
            .iter()
            .any(|value| !options.iter().any(|option| &option.value == value))
            .then(|| format!("请从列表中选择{label}")),
        (FieldKind::YesNo, Answer::YesNo(_)) => None,
        (FieldKind::ResidentId, Answer::Text(text)) => ResidentId::parse_on(text, today)
            .err()
            .map(|e| e.to_string()),
        (FieldKind::CreditCode, Answer::Text(text)) => {
            CreditCode::parse(text).err().map(|e| e.to_string())
        }
        (FieldKind::Mobile, Answer::Text(text)) => Mobile::parse(text).err().map(|e| e.to_string()),
        (FieldKind::Address, Answer::Address(address)) => address.problem(label),
        (FieldKind::Group { min, max, .. }, Answer::Group(entries)) => {
            let count = entries.len() as u32;
            if count < *min && field.required {
                Some(format!("至少添加 {min} 个"))
            } else if count > *max {
                Some(format!("最多添加 {max} 个"))
            } else {
                None
            }
        }
        // An empty list may come back as either list shape.
        (FieldKind::Group { .. }, Answer::Chosen(values)) if values.is_empty() => None,
        _ => Some(format!("{label}的填写格式不对")),
    }
}

fn rule_problem(
    field: &Field,
    rule: &Rule,
    answer: &Answer,
    scope: &Answers,
    today: Date,
) -> Option<String> {
    let label = &field.label;
    match (rule, answer) {
        (Rule::Length { min, max }, Answer::Text(text)) => {
            let count = text.trim().chars().count() as u32;
            out_of(count, *min, *max).then(|| match (min, max) {
                (Some(min), Some(max)) => format!("{label}应为 {min} 至 {max} 个字"),
                (Some(min), None) => format!("{label}至少 {min} 个字"),
                (None, Some(max)) => format!("{label}最多 {max} 个字"),
                (None, None) => unreachable!("out_of is false without bounds"),
            })
        }
        (Rule::Length { min, max }, Answer::Chosen(values)) => {
            out_of(values.len() as u32, *min, *max).then(|| match (min, max) {
                (Some(min), Some(max)) => format!("请选择 {min} 至 {max} 项"),
                (Some(min), None) => format!("至少选择 {min} 项"),
                (None, Some(max)) => format!("最多选择 {max} 项"),
                (None, None) => unreachable!("out_of is false without bounds"),
            })
        }
        (Rule::Range { min, max }, Answer::Number(number)) => {
            let unit = match &field.kind {
                FieldKind::Number {
                    unit: Some(unit), ..
                } => unit.as_str(),
                _ => "",
            };
            match (min, max) {
                (Some(min), _) if number < min => Some(format!("{label}不能小于 {min}{unit}")),
                (_, Some(max)) if number > max => Some(format!("{label}不能大于 {max}{unit}")),
                _ => None,
            }
        }
        (Rule::Pattern { regex, message }, Answer::Text(text)) => {
            // A form whose pattern does not compile refuses nothing rather than everything.
            let pattern = regex_lite::Regex::new(&format!("^(?:{regex})$")).ok()?;
            (!pattern.is_match(text.trim())).then(|| message.clone())
        }
        (
            Rule::After {
                field: other,
                message,
            },
            Answer::Text(text),
        ) => {
            let this = parse_date(text)?;
            let before = scope.get(other).and_then(|answer| match answer {
                Answer::Text(text) => parse_date(text),
                _ => None,
            })?;
            (this <= before).then(|| message.clone())
        }
        (Rule::NotInFuture, Answer::Text(text)) => {
            (parse_date(text)? > today).then(|| format!("{label}不能晚于今天"))
        }
        _ => None,
    }
}

fn out_of(count: u32, min: Option<u32>, max: Option<u32>) -> bool {
    min.is_some_and(|min| count < min) || max.is_some_and(|max| count > max)
}

/// A date answer (`YYYY-MM-DD`, single-digit months and days and white space
/// around tolerated), if it is a calendar date from 1900.
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse::<u16>().ok()?;
    let month = parts.next()?.parse::<u8>().ok()?;
    let day = parts.next()?.parse::<u8>().ok()?;
    Date::from_ymd(year, month, day)
        .ok()
        .filter(|date| date.year() >= 1900)
}
