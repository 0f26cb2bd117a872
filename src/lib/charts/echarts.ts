/**
 * ECharts with only the parts the app uses (205 kB gzip instead of 429 kB), loaded on demand so
 * the figures never wait for the charts.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	MapChart,
	ScatterChart,
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	CanvasRenderer,
	SVGRenderer
]);

export { echarts };
