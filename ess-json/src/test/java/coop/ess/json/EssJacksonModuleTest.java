package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.timebank.Exchange;
import coop.ess.timebank.Limits;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class EssJacksonModuleTest {

  @Test
  void serviceLoaderFindsTheModule() {
    assertThat(ServiceLoader.load(JacksonModule.class)).anySatisfy(module ->
        assertThat(module).isInstanceOf(EssJacksonModule.class));
    assertThat(MapperBuilder.findModules()).anySatisfy(module ->
        assertThat(module).isInstanceOf(EssJacksonModule.class));
  }

  @Test
  void aMapperThatFindsModulesReadsAndWritesTheSdkTypes() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Exchange exchange = TimebankSamples.exchange();

    String json = mapper.writeValueAsString(exchange);

    assertThat(json).isEqualTo(EssJson.standard().write(exchange));
    assertThat(mapper.readValue(json, Exchange.class)).isEqualTo(exchange);
  }

  @Test
  void anExplicitlyRegisteredModuleAppliesItsFeatures() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(EssJacksonModule.standard().with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true)).build();

    assertThat(mapper.writeValueAsString(Limits.of(-60, 90))).contains("\"floor\":\"-1 h\"", "\"ceiling\":\"1 h 30\"");
  }

  @Test
  void aBareMapperRaisesTheModulesExceptionForAnInvalidValue() {
    JsonMapper mapper = JsonMapper.builder().addModule(EssJacksonModule.standard()).build();

    assertThatThrownBy(() -> mapper.readValue("{\"floor\":1,\"ceiling\":2}", Limits.class))
        .isInstanceOf(EssJsonException.class).hasMessageStartingWith("at /floor: ");
  }

  @Test
  void theDefaultsAreDocumentedOnTheFeatures() {
    EssJacksonModule module = EssJacksonModule.standard();

    assertThat(module.isEnabled(EssJsonFeature.FAIL_ON_UNKNOWN_FIELDS)).isTrue();
    assertThat(module.isEnabled(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT)).isFalse();
    assertThat(module.isEnabled(EssJsonFeature.WRITE_PERSONAL_DATA)).isTrue();
    assertThat(EssJacksonModule.defaults())
        .containsExactly(EssJsonFeature.WRITE_PERSONAL_DATA, EssJsonFeature.FAIL_ON_UNKNOWN_FIELDS);
  }

  @Test
  void turningAFeatureOnLeavesTheOriginalModuleAsItWas() {
    EssJacksonModule module = EssJacksonModule.standard();

    EssJacksonModule text = module.with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true);

    assertThat(text.isEnabled(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT)).isTrue();
    assertThat(module.isEnabled(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT)).isFalse();
    assertThat(text).hasToString("EssJacksonModule[WRITE_AMOUNTS_AS_TEXT, WRITE_PERSONAL_DATA, FAIL_ON_UNKNOWN_FIELDS]");
  }
}
