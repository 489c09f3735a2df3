// Draws the health check's charts with ECharts: the radar of an assessment's ten categories and the line chart of each
// category's score across assessments. The page passes the data as JSON in data-healthcheck-chart (the
// Content-Security-Policy allows no inline script). Scores are percentages; null is a category without answers.
(function () {
  function radar(data) {
    return {
      animation: false,
      legend: { bottom: 0, data: data.series.map(function (s) { return s.name; }) },
      tooltip: {},
      radar: {
        radius: '62%',
        indicator: data.categories.map(function (name) { return { name: name, max: 100 }; })
      },
      series: [{
        type: 'radar',
        data: data.series.map(function (s, i) {
          return {
            name: s.name,
            value: s.values.map(function (v) { return v === null ? 0 : v; }),
            areaStyle: i === 0 ? { opacity: 0.2 } : undefined,
            lineStyle: i === 0 ? { width: 2 } : { type: 'dashed' }
          };
        })
      }]
    };
  }

  function history(data) {
    return {
      animation: false,
      grid: { left: 48, right: 24, top: 24, bottom: 96 },
      legend: { bottom: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'line', connectNulls: false, data: s.values };
      })
    };
  }

  function draw(element) {
    if (element.getAttribute('data-drawn') === 'true' || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-healthcheck-chart'));
    var chart = echarts.init(element, null, { locale: data.locale === 'ja' ? 'JA' : 'EN', renderer: 'canvas' });
    chart.setOption(data.kind === 'radar' ? radar(data) : history(data));
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll(root) {
    var elements = (root || document).querySelectorAll('[data-healthcheck-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
})();
