// The review page's behaviour: show a record on hover, pin it on click (on a
// phone, in a sheet at the bottom, closed with its button), and the kind and
// language filters. Everything from the dataset is written with textContent,
// never as HTML.
const data = JSON.parse(document.getElementById('factline-data').textContent)
const panel = document.getElementById('panel')
const body = document.getElementById('panel-body')
const hint = document.getElementById('panel-hint')
let pinned = null

/** The innermost mark under `target` whose kind and language are not filtered out. */
function visibleMark(target) {
  for (let mark = target.closest('mark.fact'); mark; mark = mark.parentElement.closest('mark.fact')) {
    const hidden = [...mark.classList].some((name) => /^[kl]-/.test(name) && document.body.classList.contains(`hide-${name}`))
    if (!hidden) return mark
  }
  return null
}

function element(name, text, className) {
  const node = document.createElement(name)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

function show(key) {
  const entry = data[key]
  if (!entry) return
  const { record, status, old, fields } = entry
  const changed = new Map((fields || []).map((change) => [change.field, change]))
  body.replaceChildren()
  hint.hidden = true
  panel.classList.add('open')
  const heading = element('p', `${record.kind}/${record.type} `)
  if (status) heading.append(element('span', status, `status status-${status}`))
  body.append(heading)
  const table = element('table')
  const names = [...new Set([...Object.keys(record), ...changed.keys()])].filter((name) => name !== 'span')
  for (const name of names) {
    const row = table.insertRow()
    row.append(element('th', name))
    const cell = row.insertCell()
    const change = changed.get(name)
    if (change) {
      cell.append(element('del', JSON.stringify(change.old) ?? '—'), ' → ', element('ins', JSON.stringify(change.new) ?? '—'))
    } else {
      cell.textContent = JSON.stringify(record[name])
    }
  }
  const span = table.insertRow()
  span.append(element('th', 'span'))
  span.insertCell().textContent = `${record.span.start.line}:${record.span.start.column}–${record.span.end.line}:${record.span.end.column} (${record.span.start.offset}–${record.span.end.offset})`
  const json = element('details')
  json.append(
    element('summary', old ? 'JSON, old and new' : 'JSON'),
    element('pre', JSON.stringify(old ? { old, new: record } : record, null, 2))
  )
  body.append(table, json)
}

function select(mark) {
  document.querySelectorAll('mark.selected').forEach((node) => node.classList.remove('selected'))
  pinned = mark ? mark.dataset.key : null
  if (!mark) {
    panel.classList.remove('open')
    return
  }
  document.querySelectorAll(`mark[data-key="${pinned}"]`).forEach((node) => node.classList.add('selected'))
  show(pinned)
}

document.addEventListener('mouseover', (event) => {
  const mark = visibleMark(event.target)
  if (mark && pinned === null) show(mark.dataset.key)
})
document.addEventListener('click', (event) => {
  const mark = visibleMark(event.target)
  if (mark) select(mark.dataset.key === pinned ? null : mark)
})
document.getElementById('panel-close').addEventListener('click', () => select(null))
document.querySelectorAll('input[data-filter]').forEach((input) => {
  input.addEventListener('change', () => {
    document.body.classList.toggle(`hide-${input.dataset.filter}-${input.value}`, !input.checked)
  })
})
