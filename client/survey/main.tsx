import '../shared/styles.css'
import { render } from 'preact'

// The respondent survey comes with the survey issue; this entry keeps the page and bundle wired.
function SurveyApp() {
  return (
    <main id="main" class="survey-page">
      <p>Survey</p>
    </main>
  )
}

render(<SurveyApp />, document.getElementById('app')!)
